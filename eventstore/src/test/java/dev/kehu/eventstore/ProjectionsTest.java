package dev.kehu.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.kehu.eventstore.TestEvents.Deposited;
import dev.kehu.eventstore.TestEvents.Withdrawn;

class ProjectionsTest {

    /** Balance per account, kept inline and rebuildable. */
    static final class Balances implements Projection {

        @Override
        public String name() {
            return "balances";
        }

        @Override
        public boolean handles(String eventType) {
            return eventType.startsWith("test.account.");
        }

        @Override
        public void apply(Connection c, List<StoredEvent> events) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into balance (account, amount, version) values (?, ?, ?) on conflict (account) do update "
                            + "set amount = balance.amount + excluded.amount, version = excluded.version")) {
                for (StoredEvent e : events) {
                    BigDecimal delta = e.event() instanceof Deposited d ? d.amount() : ((Withdrawn) e.event()).amount().negate();
                    ps.setString(1, e.streamId());
                    ps.setBigDecimal(2, delta);
                    ps.setLong(3, e.version());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }

        @Override
        public void reset(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("delete from balance");
            }
        }

        @Override
        public List<String> tables() {
            return List.of("balance");
        }
    }

    private static final EventMetadata META = EventMetadata.system("test");
    private static DataSource ds;
    private static Balances balances = new Balances();
    private static Projections projections = new Projections(List.of(balances));
    private static EventStore store;

    @BeforeAll
    static void setUp() throws SQLException {
        ds = TestDatabase.create("es_projection");
        store = new EventStore(TestEvents.codec(), projections);
        TestDatabase.inTransaction(ds, c -> {
            try (Statement s = c.createStatement()) {
                s.execute("create table balance (account text primary key, amount numeric not null, version bigint not null)");
            }
            return null;
        });
    }

    @Test
    void inlineReadModelIsUpdatedInTheAppendsTransactionAndARebuildYieldsTheSameRows() throws Exception {
        for (int i = 0; i < 30; i++) {
            String account = "acct-" + (i % 4);
            TestDatabase.inTransaction(ds, c -> store.append(c, account, ExpectedVersion.ANY,
                    List.of(new Deposited(account, new BigDecimal("10.25")), new Withdrawn(account, new BigDecimal("0.25"))),
                    META));
        }
        List<String> live = TestDatabase.inTransaction(ds, c -> ReadModels.snapshot(c, balances));
        assertEquals(4, live.size());
        assertEquals("balance:(acct-0,80.00,16)", live.get(0));
        long lastPosition = TestDatabase.inTransaction(ds, c -> store.readAll(c, 0, 1000)).stream()
                .mapToLong(StoredEvent::position).max().orElseThrow();
        assertEquals(lastPosition, (long) TestDatabase.inTransaction(ds, c -> Projections.checkpoint(c, "balances")));

        // damage the read model, then rebuild it from the log
        TestDatabase.inTransaction(ds, c -> {
            try (Statement s = c.createStatement()) {
                s.execute("update balance set amount = 0");
            }
            return null;
        });
        assertFalse(live.equals(TestDatabase.inTransaction(ds, c -> ReadModels.snapshot(c, balances))));
        long applied = TestDatabase.inTransaction(ds, c -> projections.rebuild(c, store, balances));

        assertEquals(60, applied);
        assertEquals(live, TestDatabase.inTransaction(ds, c -> ReadModels.snapshot(c, balances)));
        assertEquals(lastPosition, (long) TestDatabase.inTransaction(ds, c -> Projections.checkpoint(c, "balances")));
    }
    /**
     * A log of several rebuild pages, rebuilt reading ahead on a second connection and rebuilt in
     * turns on one: both give the rows the appends made, and both count every event of the log.
     */
    @Test
    void rebuildReadingAheadOnASecondConnectionGivesTheSameRowsAsReadingInTurns() throws Exception {
        long before = TestDatabase.inTransaction(ds, c -> store.readAll(c, 0, 1_000_000)).size();
        for (int round = 0; round < 9; round++) {
            List<EventStore.StreamAppend> appends = new java.util.ArrayList<>();
            for (int a = 0; a < 50; a++) {
                String account = "many-" + a;
                List<Object> events = new java.util.ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    events.add(i % 5 == 4 ? new Withdrawn(account, new BigDecimal("1.50"))
                            : new Deposited(account, new BigDecimal(round + a + i + ".25")));
                }
                appends.add(new EventStore.StreamAppend(account, ExpectedVersion.ANY, events, META));
            }
            TestDatabase.inTransaction(ds, c -> store.appendAll(c, appends));
        }
        List<String> live = TestDatabase.inTransaction(ds, c -> ReadModels.snapshot(c, balances));
        long logSize = before + 9 * 50 * 50;

        Projections.Rebuilt ahead = TestDatabase.inTransaction(ds,
                c -> projections.rebuild(c, store, List.of(balances), ds));
        assertEquals(logSize, ahead.eventsRead());
        assertEquals(logSize, ahead.eventsApplied());
        assertEquals(live, TestDatabase.inTransaction(ds, c -> ReadModels.snapshot(c, balances)));

        Projections.Rebuilt inTurns = TestDatabase.inTransaction(ds,
                c -> projections.rebuild(c, store, List.of(balances)));
        assertEquals(ahead, inTurns);
        assertEquals(live, TestDatabase.inTransaction(ds, c -> ReadModels.snapshot(c, balances)));
    }
}
