package org.crosswalk.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides, once per test JVM, which PostgreSQL the tests use: the server on 127.0.0.1:5432 when it
 * answers (a fresh database crosswalk_test), else the embedded one under target/. A test that sets
 * crosswalk.test.embedded=true always gets the embedded one.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** CROSSWALK_TEST_DB lets two checkouts run their tests side by side without dropping each other's database. */
    static final String DATABASE = System.getenv().getOrDefault("CROSSWALK_TEST_DB", "crosswalk_test");
    private static Boolean serverAnswers;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var env = context.getEnvironment();
        if (env.getProperty("crosswalk.test.embedded", Boolean.class, false)) {
            return;
        }
        if (env.getProperty("crosswalk.test.given-datasource", Boolean.class, false)) {
            return; // a child JVM a test starts (kill-and-resume) uses the test's database as given, never recreating it
        }
        if (useServer()) {
            env.getPropertySources().addFirst(new MapPropertySource("test-database", Map.of(
                    "spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/" + DATABASE,
                    "spring.datasource.username", "postgres",
                    "spring.datasource.password", "")));
        } else {
            env.getPropertySources().addFirst(new MapPropertySource("test-database", Map.of(
                    "crosswalk.data-dir", "target/test-data/embedded-" + ProcessHandle.current().pid())));
        }
    }

    private static synchronized boolean useServer() {
        if (serverAnswers == null) {
            serverAnswers = answers() && recreateDatabase();
        }
        return serverAnswers;
    }

    private static boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean recreateDatabase() {
        try (var c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            c.createStatement().execute("drop database if exists " + DATABASE + " with (force)");
            c.createStatement().execute("create database " + DATABASE);
            return true;
        } catch (SQLException e) {
            System.err.println("PostgreSQL on 127.0.0.1:5432 answers but cannot be used (" + e.getMessage() + "); using embedded");
            return false;
        }
    }
}
