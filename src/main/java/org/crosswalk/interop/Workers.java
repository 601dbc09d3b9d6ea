package org.crosswalk.interop;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A few threads that take the import's tasks with a bounded backlog (the submitter waits when it
 * is full), remember the first failure, run nothing after it and throw it to the submitter at its
 * next call. One thread keeps tasks in submission order (staging's chunks); more run them at once
 * (mapping's chunks).
 */
final class Workers implements AutoCloseable {

    private final ExecutorService pool;
    private final Semaphore slots;
    private final int capacity;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    /** {@code threads} running, up to {@code capacity} running or waiting. */
    Workers(String name, int threads, int capacity) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        this.capacity = capacity;
        this.slots = new Semaphore(capacity);
    }

    void submit(Runnable task) {
        rethrow();
        slots.acquireUninterruptibly();
        rethrow();
        pool.execute(() -> {
            try {
                if (failure.get() == null) {
                    task.run();
                }
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                slots.release();
            }
        });
    }

    /** Waits until every task submitted so far has ended; throws the first failure. */
    void await() {
        slots.acquireUninterruptibly(capacity);
        slots.release(capacity);
        rethrow();
    }

    private void rethrow() {
        RuntimeException e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
