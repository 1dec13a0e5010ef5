package dev.kehu.eventstore;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

/**
 * Reads and decodes the log page by page on a connection and thread of its own, a page or two
 * ahead of a rebuild that writes on its own connection: the two overlap instead of taking turns.
 * The rebuild holds a share lock on the log, so both connections see the same events.
 */
final class LogReadAhead implements AutoCloseable {

    /**
     * The first page is small and each next one four times bigger, up to the page size: the rebuild
     * waits only for a small page before it starts writing (it waited for a whole first page of
     * 20,000 events, read and decoded, while nothing else ran).
     */
    private static final int FIRST_PAGE = 2_000;

    private final BlockingQueue<Object> pages = new ArrayBlockingQueue<>(2);
    private final Thread thread;
    private volatile boolean closed;

    LogReadAhead(DataSource dataSource, LogPages log, int pageSize) {
        thread = new Thread(() -> read(dataSource, log, pageSize), "kehu-rebuild-read-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    private void read(DataSource dataSource, LogPages log, int pageSize) {
        try (Connection c = dataSource.getConnection()) {
            long position = 0;
            int size = Math.min(FIRST_PAGE, pageSize);
            while (!closed) {
                List<StoredEvent> page = log.readAll(c, position, size);
                hand(page);
                if (page.isEmpty()) {
                    return;
                }
                position = page.get(page.size() - 1).position();
                size = Math.min(size * 4, pageSize);
            }
        } catch (Exception e) {
            hand(e);
        }
    }

    private void hand(Object pageOrFailure) {
        try {
            while (!closed && !pages.offer(pageOrFailure, 100, TimeUnit.MILLISECONDS)) {
                // the rebuild is still writing the pages before
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next page of the log, empty at its end. */
    @SuppressWarnings("unchecked")
    List<StoredEvent> next() throws SQLException {
        Object next;
        try {
            next = pages.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the log", e);
        }
        if (next instanceof SQLException e) {
            throw e;
        }
        if (next instanceof RuntimeException e) {
            throw e;
        }
        if (next instanceof Exception e) {
            throw new IllegalStateException("reading the log failed", e);
        }
        return (List<StoredEvent>) next;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
