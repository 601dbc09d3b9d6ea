package org.crosswalk.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one HMIS CSV file with Apache Commons CSV: UTF-8 with or without a byte-order mark, CRLF or
 * LF, quoted or not; the first record is the header. Trailing commas (empty values past the last
 * header column) are dropped; a row with real values past the header is reported by the caller.
 */
final class HmisReader implements AutoCloseable {

    record Row(long line, List<String> values, int extraValues) {}

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(false).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;

    private HmisReader(Reader reader) throws IOException {
        this.parser = CSVParser.parse(reader, FORMAT);
        this.records = parser.iterator();
        List<String> names = new ArrayList<>();
        if (records.hasNext()) {
            for (String name : records.next()) {
                names.add(name.replace("\uFEFF", "").strip());
            }
        }
        while (!names.isEmpty() && names.getLast().isEmpty()) {
            names.removeLast(); // a trailing comma on the header line
        }
        this.header = List.copyOf(names);
    }

    static HmisReader open(Path file) throws IOException {
        BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        return new HmisReader(reader);
    }

    /** Just the header of a file (for the structural check before anything is read). */
    static List<String> header(Path file) throws IOException {
        try (HmisReader reader = open(file)) {
            return reader.header();
        }
    }

    List<String> header() {
        return header;
    }

    /** Every data row in order; {@code line} is the record's line number with the header as line 1. */
    void forEach(Consumer<Row> action) {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                List<String> values = new ArrayList<>(record.size());
                record.forEach(values::add);
                int extra = 0;
                while (values.size() > header.size()) {
                    if (!values.getLast().isEmpty()) {
                        extra++;
                    }
                    values.removeLast();
                }
                if (values.size() == 1 && values.getFirst().isEmpty() && header.size() > 1) {
                    continue; // a blank line
                }
                action.accept(new Row(record.getRecordNumber(), values, extra));
            }
        } catch (UncheckedIOException e) {
            throw e;
        }
    }

    /**
     * As {@link #forEach}, with the CSV parsed on a second thread a few thousand rows ahead of
     * {@code action}: parsing is a third of what the import's checking thread would spend.
     * A failure to read is thrown here.
     */
    void forEachReadAhead(Consumer<Row> action) {
        java.util.concurrent.BlockingQueue<List<Row>> queue = new java.util.concurrent.ArrayBlockingQueue<>(8);
        List<Row> end = new ArrayList<>(); // by identity: an empty last batch is not the end marker
        java.util.concurrent.atomic.AtomicReference<RuntimeException> failure = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread parser = Thread.ofPlatform().name("hmis-read").daemon().start(() -> {
            List<Row> batch = new ArrayList<>(READ_AHEAD);
            try {
                forEach(row -> {
                    if (stop.get()) {
                        throw new java.util.concurrent.CancellationException();
                    }
                    batch.add(row);
                    if (batch.size() == READ_AHEAD) {
                        put(queue, List.copyOf(batch));
                        batch.clear();
                    }
                });
                put(queue, List.copyOf(batch));
            } catch (java.util.concurrent.CancellationException e) {
                return;
            } catch (RuntimeException e) {
                failure.set(e);
            }
            put(queue, end);
        });
        try {
            while (true) {
                List<Row> rows = queue.take();
                if (rows == end) {
                    break;
                }
                rows.forEach(action);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading", e);
        } finally {
            stop.set(true);
            queue.clear();
            try {
                parser.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private static final int READ_AHEAD = 2000;

    private static void put(java.util.concurrent.BlockingQueue<List<Row>> queue, List<Row> rows) {
        try {
            queue.put(rows);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException();
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
