package dev.kehu.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.kehu.eventstore.TestEvents.Deposited;
import dev.kehu.eventstore.TestEvents.Withdrawn;

class EventStoreTest {

    private static final EventMetadata META = new EventMetadata("corr-1", "cause-1", "alice", "advisor");

    private static DataSource ds;
    private static EventStore store;

    @BeforeAll
    static void setUp() {
        ds = TestDatabase.create("es_store");
        store = new EventStore(TestEvents.codec(), new Projections(List.of()));
    }

    @Test
    void appendedEventsReadBackInOrderWithTypeNamesAndMetadata() throws Exception {
        List<StoredEvent> stored = TestDatabase.inTransaction(ds, c -> store.append(c, "acct-1", ExpectedVersion.NO_STREAM,
                List.of(new Deposited("acct-1", new BigDecimal("100.50")), new Withdrawn("acct-1", BigDecimal.TEN)), META));

        assertEquals(List.of(1L, 2L), stored.stream().map(StoredEvent::version).toList());
        assertTrue(stored.get(0).position() < stored.get(1).position());
        List<StoredEvent> read = TestDatabase.inTransaction(ds, c -> store.readStream(c, "acct-1"));
        assertEquals(List.of("test.account.deposited.v1", "test.account.withdrawn.v1"),
                read.stream().map(StoredEvent::type).toList());
        assertEquals(new Deposited("acct-1", new BigDecimal("100.50")), read.get(0).event());
        assertEquals(META, read.get(1).metadata());
        assertEquals(Long.valueOf(2), TestDatabase.<Long>inTransaction(ds, c -> store.version(c, "acct-1")));
    }

    @Test
    void staleExpectedVersionIsATypedConflictAndLeavesTheTransactionUsable() throws Exception {
        TestDatabase.inTransaction(ds, c -> store.append(c, "acct-2", ExpectedVersion.NO_STREAM,
                List.of(new Deposited("acct-2", BigDecimal.ONE)), META));

        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            ConcurrencyConflictException conflict = assertThrows(ConcurrencyConflictException.class,
                    () -> store.append(c, "acct-2", 0, List.of(new Deposited("acct-2", BigDecimal.TEN)), META));
            assertEquals(0, conflict.expectedVersion());
            assertEquals(1, conflict.actualVersion());
            // no constraint violation happened: the same transaction can still read and write
            assertEquals(1, store.readStream(c, "acct-2").size());
            store.append(c, "acct-2", 1, List.of(new Withdrawn("acct-2", BigDecimal.ONE)), META);
            c.commit();
        }
        assertEquals(2, TestDatabase.inTransaction(ds, c -> store.readStream(c, "acct-2")).size());
    }

    @Test
    void ofConcurrentWritersAtTheSameVersionExactlyOneWins() throws Exception {
        TestDatabase.inTransaction(ds, c -> store.append(c, "acct-3", ExpectedVersion.NO_STREAM,
                List.of(new Deposited("acct-3", BigDecimal.ONE)), META));
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            BigDecimal amount = BigDecimal.valueOf(i + 1);
            Callable<Boolean> write = () -> {
                start.await();
                try {
                    TestDatabase.inTransaction(ds, c -> store.append(c, "acct-3", 1,
                            List.of(new Deposited("acct-3", amount)), META));
                    return true;
                } catch (ConcurrencyConflictException e) {
                    return false;
                }
            };
            results.add(pool.submit(write));
        }
        start.countDown();
        int wins = 0;
        for (Future<Boolean> r : results) {
            wins += r.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, wins);
        assertEquals(2, TestDatabase.inTransaction(ds, c -> store.readStream(c, "acct-3")).size());
    }

    @Test
    void anyVersionAppendsAfterWhateverIsThere() throws Exception {
        TestDatabase.inTransaction(ds, c -> store.append(c, "acct-4", ExpectedVersion.ANY,
                List.of(new Deposited("acct-4", BigDecimal.ONE)), META));
        List<StoredEvent> second = TestDatabase.inTransaction(ds, c -> store.append(c, "acct-4", ExpectedVersion.ANY,
                List.of(new Deposited("acct-4", BigDecimal.ONE), new Withdrawn("acct-4", BigDecimal.ONE)), META));
        assertEquals(List.of(2L, 3L), second.stream().map(StoredEvent::version).toList());
    }

    @Test
    void appendAllWritesManyStreamsAtOnceAndStillChecksExpectedVersions() throws Exception {
        TestDatabase.inTransaction(ds, c -> store.append(c, "batch-1", ExpectedVersion.NO_STREAM,
                List.of(new Deposited("batch-1", BigDecimal.ONE)), META));
        List<StoredEvent> stored = TestDatabase.inTransaction(ds, c -> store.appendAll(c, List.of(
                new EventStore.StreamAppend("batch-1", ExpectedVersion.ANY,
                        List.of(new Deposited("batch-1", BigDecimal.TEN), new Withdrawn("batch-1", BigDecimal.ONE)), META),
                new EventStore.StreamAppend("batch-2", ExpectedVersion.NO_STREAM,
                        List.of(new Deposited("batch-2", BigDecimal.ONE)), META),
                new EventStore.StreamAppend("batch-3", ExpectedVersion.ANY, List.of(), META))));

        assertEquals(List.of("batch-1@2", "batch-1@3", "batch-2@1"),
                stored.stream().map(e -> e.streamId() + "@" + e.version()).toList());
        assertTrue(stored.get(0).position() < stored.get(1).position());
        assertEquals(3, TestDatabase.inTransaction(ds, c -> store.readStream(c, "batch-1")).size());

        assertThrows(ConcurrencyConflictException.class, () -> TestDatabase.inTransaction(ds, c -> store.appendAll(c, List.of(
                new EventStore.StreamAppend("batch-4", ExpectedVersion.ANY, List.of(new Deposited("batch-4", BigDecimal.ONE)), META),
                new EventStore.StreamAppend("batch-2", 0, List.of(new Deposited("batch-2", BigDecimal.ONE)), META)))));
        assertEquals(Long.valueOf(0), TestDatabase.<Long>inTransaction(ds, c -> store.version(c, "batch-4")),
                "a conflict rolls back the whole batch");
        assertThrows(IllegalArgumentException.class, () -> TestDatabase.inTransaction(ds, c -> store.appendAll(c, List.of(
                new EventStore.StreamAppend("batch-5", ExpectedVersion.ANY, List.of(new Deposited("x", BigDecimal.ONE)), META),
                new EventStore.StreamAppend("batch-5", ExpectedVersion.ANY, List.of(new Deposited("x", BigDecimal.ONE)), META)))));
    }

    @Test
    void eachEventOfAnAppendMayCarryItsOwnMessagesMetadata() throws Exception {
        EventMetadata first = new EventMetadata("corr-1", "msg-1", "test-service", "system");
        EventMetadata second = new EventMetadata("corr-2", "msg-2", "test-service", "system");
        List<StoredEvent> stored = TestDatabase.inTransaction(ds, c -> store.appendAll(c, List.of(
                EventStore.StreamAppend.each("meta-1", ExpectedVersion.ANY, List.of(new Deposited("meta-1", BigDecimal.ONE),
                        new Withdrawn("meta-1", BigDecimal.ONE)), List.of(first, second)),
                new EventStore.StreamAppend("meta-2", ExpectedVersion.ANY, List.of(new Deposited("meta-2", BigDecimal.ONE),
                        new Deposited("meta-2", BigDecimal.TEN)), META))));

        assertEquals(List.of(first, second, META, META), stored.stream().map(StoredEvent::metadata).toList());
        List<StoredEvent> read = TestDatabase.inTransaction(ds, c -> store.readStream(c, "meta-1"));
        assertEquals(List.of("corr-1", "corr-2"), read.stream().map(e -> e.metadata().correlationId()).toList());
        assertEquals(List.of("msg-1", "msg-2"), read.stream().map(e -> e.metadata().causationId()).toList());
        assertEquals(List.of(META, META), TestDatabase.inTransaction(ds, c -> store.readStream(c, "meta-2")).stream()
                .map(StoredEvent::metadata).toList());
        assertThrows(IllegalArgumentException.class, () -> EventStore.StreamAppend.each("meta-3", ExpectedVersion.ANY,
                List.of(new Deposited("meta-3", BigDecimal.ONE)), List.of(first, second)));
    }

    @Test
    void aStreamReadAsOfAnInstantShowsOnlyWhatWasRecordedBy() throws Exception {
        TestDatabase.inTransaction(ds, c -> store.append(c, "acct-5", ExpectedVersion.NO_STREAM,
                List.of(new Deposited("acct-5", BigDecimal.ONE)), META));
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        TestDatabase.inTransaction(ds, c -> store.append(c, "acct-5", 1,
                List.of(new Withdrawn("acct-5", BigDecimal.ONE)), META));

        List<StoredEvent> then = TestDatabase.inTransaction(ds, c -> store.readStreamAsOf(c, "acct-5", between));
        List<StoredEvent> now = TestDatabase.inTransaction(ds, c -> store.readStreamAsOf(c, "acct-5", Instant.now()));
        assertEquals(1, then.size());
        assertEquals(2, now.size());
        assertTrue(then.get(0).event() instanceof Deposited);
    }

    @Test
    void anUnregisteredEventIsRefusedBeforeAnythingIsWritten() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> TestDatabase.inTransaction(ds,
                c -> store.append(c, "acct-6", ExpectedVersion.NO_STREAM, List.of("not an event"), META)));
        assertEquals(Long.valueOf(0), TestDatabase.<Long>inTransaction(ds, c -> store.version(c, "acct-6")));
    }
}
