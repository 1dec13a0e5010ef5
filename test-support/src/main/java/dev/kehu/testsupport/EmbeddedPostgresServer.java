package dev.kehu.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (binaries shipped in the zonky jar) run as a child process.
 * Ephemeral for tests, or on a persistent data directory for {@code ./kehu up}.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    /** Null when attached to a server another class loader of this JVM started. */
    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /**
     * The server another class loader of this JVM started on {@code port} (Quarkus gives each test
     * profile its own): the same server, used, never stopped, from here.
     */
    static EmbeddedPostgresServer attach(int port) {
        return new EmbeddedPostgresServer(null, port);
    }

    /** A throw-away server on a free port whose cluster is removed on close. */
    public static EmbeddedPostgresServer startEphemeral() {
        return start(builder().setPort(FreePorts.find()));
    }

    /** A server whose cluster lives in {@code dataDir} and survives restarts. */
    public static EmbeddedPostgresServer startPersistent(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port));
    }

    private static EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", "on")
                // zonky's default, stated: a commit returns before its WAL reaches the disk. Only a crash
                // of PostgreSQL itself (not of a service) can lose the last commits; a production server
                // keeps "on" (the benchmark README gives what "on" costs on a slow disk)
                .setServerConfig("synchronous_commit", "off")
                // a write-heavy event store: room for its indexes in memory, and checkpoints (each
                // followed by a burst of full-page writes) every few GB of WAL rather than every 1 GB
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("checkpoint_timeout", "15min")
                .setPGStartupWait(java.time.Duration.ofSeconds(60));
    }

    private static EmbeddedPostgresServer start(EmbeddedPostgres.Builder builder) {
        try {
            EmbeddedPostgres started = builder.start();
            return new EmbeddedPostgresServer(started, started.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public DataSource dataSource(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"127.0.0.1"});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName(database);
        ds.setUser(USER);
        ds.setPassword(PASSWORD);
        return ds;
    }

    /** Creates the database if it does not exist yet. */
    public void createDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection c = dataSource("postgres").getConnection();
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }

    @Override
    public void close() {
        if (postgres == null) {
            return; // attached: its owner stops it
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
