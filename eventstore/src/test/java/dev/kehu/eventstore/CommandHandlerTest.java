package dev.kehu.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.kehu.eventstore.TestEvents.Deposited;
import dev.kehu.eventstore.TestEvents.Withdrawn;

/**
 * The one write path, given/when/then on a tiny account decider against the real PostgreSQL:
 * given the events a stream holds, when a command is handled, then these events are appended at the
 * version read and these messages sit in the outbox — or nothing at all.
 */
class CommandHandlerTest {

    /** The account's commands. */
    sealed interface Command permits Deposit, Withdraw {
    }

    record Deposit(BigDecimal amount) implements Command {
    }

    record Withdraw(BigDecimal amount) implements Command {
    }

    record Account(BigDecimal balance) {
    }

    /** A domain rule the decider enforces. */
    static final class Overdrawn extends RuntimeException {
        Overdrawn(BigDecimal balance, BigDecimal amount) {
            super("balance " + balance + " cannot pay " + amount);
        }
    }

    /** Deposits add, withdrawals take away but never below zero, a deposit of nothing changes nothing. */
    static final class AccountDecider implements Decider<Account, Command, TestEvents> {
        private final String account;

        AccountDecider(String account) {
            this.account = account;
        }

        @Override
        public Account initialState() {
            return new Account(BigDecimal.ZERO);
        }

        @Override
        public Account evolve(Account state, TestEvents event) {
            if (event instanceof Deposited d) {
                return new Account(state.balance().add(d.amount()));
            }
            return new Account(state.balance().subtract(((Withdrawn) event).amount()));
        }

        @Override
        public List<TestEvents> decide(Command command, Account state) {
            if (command instanceof Deposit d) {
                return d.amount().signum() == 0 ? List.of() : List.of(new Deposited(account, d.amount()));
            }
            Withdraw w = (Withdraw) command;
            if (state.balance().compareTo(w.amount()) < 0) {
                throw new Overdrawn(state.balance(), w.amount());
            }
            return List.of(new Withdrawn(account, w.amount()));
        }
    }

    private static final String TOPIC = "test.account";
    private static final EventMetadata META = new EventMetadata("corr-7", "cause-7", "alice", "advisor");
    private static final EventCodec CODEC = TestEvents.codec();

    private static DataSource ds;
    private static EventStore store;
    private static Outbox outbox;

    @BeforeAll
    static void setUp() {
        ds = TestDatabase.create("es_command");
        store = new EventStore(CODEC, new Projections(List.of()));
        outbox = new Outbox(CODEC.mapper());
    }

    /** One message per appended event, published under the stream's id, as a service's would be. */
    private static final CommandHandler.Messages<Account> MESSAGES = (before, appended, metadata) -> appended.stream()
            .map(e -> CloudEvents.binary(TOPIC, "/test", e.type(), e.streamId(), e.eventId(), e.recordedAt(),
                    CODEC.toJson(e.event()), metadata.correlationId()))
            .toList();

    private static CommandHandler<Account, Command, TestEvents> handler(String account) {
        return new CommandHandler<>(store, outbox, new AccountDecider(account), MESSAGES);
    }

    // ---- given / when / then ----

    private static void given(String stream, TestEvents... events) throws SQLException {
        TestDatabase.inTransaction(ds, c -> store.append(c, stream, ExpectedVersion.ANY, List.of(events), META));
    }

    private static CommandHandler.Handled<Account> when(String stream, Command command, OptionalLong ifMatch)
            throws SQLException {
        return TestDatabase.inTransaction(ds, c -> handler(stream).handle(c, stream, command, META, ifMatch));
    }

    private static List<StoredEvent> events(String stream) throws SQLException {
        return TestDatabase.inTransaction(ds, c -> store.readStream(c, stream));
    }

    private static List<String> outboxTypes(String stream) throws SQLException {
        return TestDatabase.inTransaction(ds, c -> {
            try (PreparedStatement ps = c.prepareStatement("select headers from es_outbox "
                    + "where convert_from(record_key, 'UTF8') = ? order by id")) {
                ps.setString(1, stream);
                List<String> types = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        types.add(CODEC.mapper().readTree(rs.getString(1)).get("ce_type").asText());
                    }
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
                return types;
            }
        });
    }

    private static long version(String stream) throws SQLException {
        return TestDatabase.inTransaction(ds, c -> store.version(c, stream));
    }

    @Test
    void theEventsAreAppendedAtTheVersionReadAndTheirMessagesEnqueued() throws Exception {
        given("acct-append", new Deposited("acct-append", new BigDecimal("10")));

        CommandHandler.Handled<Account> handled = when("acct-append", new Withdraw(new BigDecimal("4")), OptionalLong.empty());

        assertEquals(new Account(new BigDecimal("10")), handled.before());
        assertEquals(new Account(new BigDecimal("6")), handled.state());
        assertEquals(2, handled.version());
        List<StoredEvent> stream = events("acct-append");
        assertEquals(List.of(1L, 2L), stream.stream().map(StoredEvent::version).toList());
        assertEquals(new Withdrawn("acct-append", new BigDecimal("4")), stream.get(1).event());
        assertEquals(META, stream.get(1).metadata());
        assertEquals(List.of("test.account.withdrawn.v1"), outboxTypes("acct-append"),
                "only the appended event's message; the given one was appended without the handler");
    }

    @Test
    void aNewStreamStartsAtVersionOne() throws Exception {
        CommandHandler.Handled<Account> handled = when("acct-new", new Deposit(new BigDecimal("3")), OptionalLong.empty());

        assertEquals(1, handled.version());
        assertEquals(new Account(new BigDecimal("3")), handled.state());
        assertEquals(List.of("test.account.deposited.v1"), outboxTypes("acct-new"));
    }

    @Test
    void aRolledBackTransactionLeavesNeitherEventsNorMessages() throws Exception {
        given("acct-rollback", new Deposited("acct-rollback", BigDecimal.ONE));

        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            handler("acct-rollback").handle(c, "acct-rollback", new Deposit(BigDecimal.TEN), META, OptionalLong.empty());
            assertEquals(1, outboxCount(c, "acct-rollback"), "written in the caller's transaction");
            c.rollback();
        }

        assertEquals(1, events("acct-rollback").size());
        assertEquals(1, version("acct-rollback"));
        assertEquals(List.of(), outboxTypes("acct-rollback"));
    }

    private static long outboxCount(Connection c, String stream) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select count(*) from es_outbox where convert_from(record_key, 'UTF8') = ?")) {
            ps.setString(1, stream);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void anIfMatchOfAnOlderVersionIsAConflictNamingTheCurrentOneAndDecidesNothing() throws Exception {
        given("acct-ifmatch", new Deposited("acct-ifmatch", BigDecimal.TEN), new Withdrawn("acct-ifmatch", BigDecimal.ONE));

        ConcurrencyConflictException conflict = assertThrows(ConcurrencyConflictException.class,
                () -> when("acct-ifmatch", new Deposit(BigDecimal.ONE), OptionalLong.of(1)));

        assertEquals("acct-ifmatch", conflict.streamId());
        assertEquals(1, conflict.expectedVersion());
        assertEquals(2, conflict.actualVersion());
        assertEquals(2, events("acct-ifmatch").size());
        assertEquals(List.of(), outboxTypes("acct-ifmatch"));
    }

    @Test
    void anIfMatchOfTheCurrentVersionIsHandled() throws Exception {
        given("acct-ifmatch-ok", new Deposited("acct-ifmatch-ok", BigDecimal.TEN));

        CommandHandler.Handled<Account> handled = when("acct-ifmatch-ok", new Deposit(BigDecimal.ONE), OptionalLong.of(1));

        assertEquals(2, handled.version());
    }

    @Test
    void aWriterThatCommitsBetweenLoadAndAppendMakesTheHandlerConflict() throws Exception {
        given("acct-race", new Deposited("acct-race", BigDecimal.TEN));

        ConcurrencyConflictException conflict = assertThrows(ConcurrencyConflictException.class,
                () -> TestDatabase.inTransaction(ds, c -> handler("acct-race").handle(c, "acct-race", (conn, state) -> {
                    // the stream is loaded at version 1; another request commits a withdrawal now
                    when("acct-race", new Withdraw(BigDecimal.TEN), OptionalLong.empty());
                    return new Withdraw(state.balance());
                }, META, OptionalLong.empty())));

        assertEquals(1, conflict.expectedVersion());
        assertEquals(2, conflict.actualVersion());
        List<StoredEvent> stream = events("acct-race");
        assertEquals(2, stream.size(), "the balance was not withdrawn twice");
        assertEquals(List.of("test.account.withdrawn.v1"), outboxTypes("acct-race"));
    }

    @Test
    void aUnitLoadedBeforeAnotherWriterCommittedCannotCommit() throws Exception {
        given("acct-unit-race", new Deposited("acct-unit-race", BigDecimal.TEN));
        CommandHandler<Account, Command, TestEvents> handler = handler("acct-unit-race");

        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            CommandHandler.Unit<Account, Command, TestEvents> unit = handler.load(c, "acct-unit-race");
            unit.decide(new Withdraw(new BigDecimal("7")));
            when("acct-unit-race", new Withdraw(new BigDecimal("5")), OptionalLong.empty());
            assertThrows(ConcurrencyConflictException.class, () -> handler.commit(c, unit, META));
            c.rollback();
        }
        assertEquals(new BigDecimal("5"), TestDatabase.inTransaction(ds,
                c -> handler.load(c, "acct-unit-race")).state().balance());
    }

    @Test
    void aCommandThatChangesNothingAppendsNothingAndPublishesNothing() throws Exception {
        given("acct-noop", new Deposited("acct-noop", BigDecimal.TEN));

        CommandHandler.Handled<Account> handled = when("acct-noop", new Deposit(BigDecimal.ZERO), OptionalLong.of(1));

        assertEquals(List.of(), handled.appended());
        assertEquals(1, handled.version());
        assertEquals(handled.before(), handled.state());
        assertEquals(1, events("acct-noop").size());
        assertEquals(1, version("acct-noop"));
        assertEquals(List.of(), outboxTypes("acct-noop"));
    }

    @Test
    void aCommandTheRulesRefuseAppendsNothing() throws Exception {
        given("acct-refused", new Deposited("acct-refused", BigDecimal.ONE));

        assertThrows(Overdrawn.class, () -> when("acct-refused", new Withdraw(BigDecimal.TEN), OptionalLong.empty()));

        assertEquals(1, events("acct-refused").size());
        assertEquals(List.of(), outboxTypes("acct-refused"));
    }

    @Test
    void aUnitFoldsEachDecisionBeforeTheNextAndCommitsThemInOneAppend() throws Exception {
        given("acct-unit", new Deposited("acct-unit", new BigDecimal("5")));
        CommandHandler<Account, Command, TestEvents> handler = handler("acct-unit");

        CommandHandler.Handled<Account> handled = TestDatabase.inTransaction(ds, c -> {
            CommandHandler.Unit<Account, Command, TestEvents> unit = handler.load(c, "acct-unit");
            unit.decide(new Deposit(new BigDecimal("5")));
            // allowed only because the deposit above is already folded in
            unit.decide(new Withdraw(new BigDecimal("8")));
            assertEquals(1, unit.version());
            assertEquals(2, unit.pending().size());
            return handler.commit(c, unit, META);
        });

        assertEquals(3, handled.version());
        assertEquals(new Account(new BigDecimal("2")), handled.state());
        assertEquals(List.of(2L, 3L), handled.appended().stream().map(StoredEvent::version).toList());
        assertEquals(List.of("test.account.deposited.v1", "test.account.withdrawn.v1"), outboxTypes("acct-unit"));
    }

    @Test
    void aUnitDecidedForSeveralMessagesStoresEachEventWithItsOwnMessagesMetadata() throws Exception {
        CommandHandler<Account, Command, TestEvents> handler = handler("acct-own-ids");
        EventMetadata first = new EventMetadata("corr-a", "msg-a", "test-service", "system");
        EventMetadata second = new EventMetadata("corr-b", "msg-b", "test-service", "system");

        CommandHandler.Handled<Account> handled = TestDatabase.inTransaction(ds, c -> {
            CommandHandler.Unit<Account, Command, TestEvents> unit = handler.load(c, "acct-own-ids");
            unit.decide(new Deposit(new BigDecimal("5")));
            unit.decide(new Withdraw(new BigDecimal("2")));
            return handler.commit(c, unit, List.of(first, second));
        });

        assertEquals(List.of(first, second), handled.appended().stream().map(StoredEvent::metadata).toList());
        assertEquals(List.of(first, second), events("acct-own-ids").stream().map(StoredEvent::metadata).toList());
        assertEquals(new Account(new BigDecimal("3")), handled.state());
    }

    @Test
    void creatingAStreamSomeoneElseCreatedIsAConflict() throws Exception {
        given("acct-created", new Deposited("acct-created", BigDecimal.ONE));
        CommandHandler<Account, Command, TestEvents> handler = handler("acct-created");

        assertThrows(ConcurrencyConflictException.class, () -> TestDatabase.inTransaction(ds, c -> {
            CommandHandler.Unit<Account, Command, TestEvents> unit = handler.create("acct-created");
            unit.decide(new Deposit(BigDecimal.ONE));
            return handler.commit(c, unit, META);
        }));
        assertEquals(1, events("acct-created").size());
    }

    @Test
    void asOfFoldsOnlyTheEventsRecordedByThen() throws Exception {
        CommandHandler<Account, Command, TestEvents> handler = handler("acct-asof");
        Instant first = when("acct-asof", new Deposit(BigDecimal.TEN), OptionalLong.empty()).appended().get(0).recordedAt();
        when("acct-asof", new Withdraw(new BigDecimal("4")), OptionalLong.empty());
        Instant second = events("acct-asof").get(1).recordedAt();
        assertTrue(first.isBefore(second));

        assertEquals(new Account(BigDecimal.ZERO), TestDatabase.inTransaction(ds,
                c -> handler.asOf(c, "acct-asof", first.minusNanos(1_000))));
        assertEquals(new Account(BigDecimal.TEN), TestDatabase.inTransaction(ds,
                c -> handler.asOf(c, "acct-asof", first)));
        assertEquals(new Account(BigDecimal.TEN), TestDatabase.inTransaction(ds,
                c -> handler.asOf(c, "acct-asof", second.minusNanos(1_000))));
        assertEquals(new Account(new BigDecimal("6")), TestDatabase.inTransaction(ds,
                c -> handler.asOf(c, "acct-asof", second)));
    }
}
