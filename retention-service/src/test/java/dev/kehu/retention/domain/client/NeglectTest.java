package dev.kehu.retention.domain.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kehu.retention.domain.client.ClientCommand.RecordAccountEvent;
import dev.kehu.retention.domain.client.ClientCommand.RecordContact;
import dev.kehu.retention.domain.client.ClientCommand.RecordSegment;
import dev.kehu.retention.domain.client.ClientCommand.ScanNeglect;
import dev.kehu.retention.domain.client.ClientEvent.SignalRaised;
import dev.kehu.retention.domain.client.ContactCodes.Channel;
import dev.kehu.retention.domain.client.ContactCodes.Direction;
import dev.kehu.retention.domain.client.ContactCodes.Purpose;
import dev.kehu.retention.config.RulesProducer;
import dev.kehu.retention.domain.signal.SignalKind;
import dev.kehu.retention.domain.signal.SpecRules;
import dev.kehu.testsupport.decider.DeciderScenario;
import dev.kehu.testsupport.decider.DeciderScenario.Then;

/**
 * The NEGLECT signal (docs/domain.md#service-plans) decided on the client stream: given the stream,
 * when the scan looks, then.
 */
class NeglectTest {

    static final ClientDecider DECIDER = new ClientDecider(SpecRules.spec(), RulesProducer.servicePlans("v1"));
    static final DeciderScenario<ClientState, ClientCommand, ClientEvent> CLIENT_STREAM = ClientStreams.of(DECIDER);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate CLASSIFIED = LocalDate.of(2026, 1, 5);

    static RecordSegment classified(String priority, String segment) {
        int cut = segment.indexOf('_');
        return new RecordSegment("c1", null, segment, Size.valueOf(segment.substring(0, cut)),
                Activity.valueOf(segment.substring(cut + 1)), ClientPriority.valueOf(priority),
                new BigDecimal("6000000"), new BigDecimal("3"), CLASSIFIED, "seg");
    }

    static RecordContact contact(LocalDate on) {
        return new RecordContact("c1", "k-" + on, Channel.PHONE, Direction.OUTBOUND, Purpose.SERVICE_REVIEW,
                at(on), null, null, null, "ann", at(on), null);
    }

    static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(ZONE).toInstant();
    }

    static ScanNeglect scan(LocalDate on) {
        return new ScanNeglect("c1", at(on), "scan-" + on);
    }

    static DeciderScenario<ClientState, ClientCommand, ClientEvent> quietlyAfter(ClientCommand... commands) {
        return ClientStreams.quietlyAfter(CLIENT_STREAM, commands);
    }

    /** The stream with what a command decided as its history. */
    static DeciderScenario<ClientState, ClientCommand, ClientEvent> next(Then<ClientState, ClientEvent> then) {
        return CLIENT_STREAM.givenState(then.state());
    }

    /** The NEGLECT signals a command raised. */
    static List<SignalRaised> neglect(Then<ClientState, ClientEvent> then) {
        return ClientStreams.signals(then).stream().filter(s -> s.kind() == SignalKind.NEGLECT).toList();
    }

    @ParameterizedTest(name = "{0} client, contact {1}, scan {2} → {3} NEGLECT")
    @CsvSource(nullValues = "-", value = {
            "KEY,       LARGE_SHORT_TERM, -,          2026-01-19, 0",   // 14 days: exactly 2× 7
            "KEY,       LARGE_SHORT_TERM, -,          2026-01-20, 1",   // 15 days
            "KEY,       LARGE_SHORT_TERM, 2026-02-01, 2026-02-15, 0",
            "KEY,       LARGE_SHORT_TERM, 2026-02-01, 2026-02-16, 1",
            "IMPORTANT, LARGE_STATIC,     -,          2026-03-06, 0",   // 60 days: exactly 2× 30
            "IMPORTANT, LARGE_STATIC,     -,          2026-03-07, 1",
            "STANDARD,  SMALL_STABLE,     -,          2026-07-04, 0",   // 180 days: exactly 2× 90
            "STANDARD,  SMALL_STABLE,     -,          2026-07-05, 1",
    })
    void raisedOnceThePeriodIsLongerThanTwiceTheInterval(String priority, String segment, LocalDate contactOn,
                                                         LocalDate scanOn, int expected) {
        var given = contactOn == null ? quietlyAfter(classified(priority, segment))
                : quietlyAfter(classified(priority, segment), contact(contactOn));
        int raised = neglect(given.when(scan(scanOn))).size();
        long days = java.time.temporal.ChronoUnit.DAYS.between(contactOn == null ? CLASSIFIED : contactOn, scanOn);
        int every = "KEY".equals(priority) ? 7 : "IMPORTANT".equals(priority) ? 30 : 90;
        assertEquals(days > 2L * every ? 1 : 0, expected, "the table row itself is consistent");
        assertEquals(expected, raised);
    }

    @Test
    void oncePerPeriodAndANewContactStartsANewOne() {
        LocalDate d = CLASSIFIED.plusDays(20);
        var flagged = quietlyAfter(classified("KEY", "LARGE_SHORT_TERM")).when(scan(d));
        List<SignalRaised> raised = neglect(flagged);
        assertEquals(1, raised.size());
        assertEquals(20, raised.get(0).weight());
        assertTrue(raised.get(0).detail().contains("no contact for 20 days since classification on 2026-01-05"),
                raised.get(0).detail());
        var again = next(flagged).when(scan(d.plusDays(1)));
        assertEquals(List.of(), neglect(again), "one per period, however many scans");
        assertEquals(List.of(), neglect(next(again).when(scan(d.plusDays(5)))), "one per period, however many scans");

        var contacted = next(flagged).when(contact(d.plusDays(1)));
        assertEquals(List.of(), neglect(contacted));
        var tooSoon = next(contacted).when(scan(d.plusDays(10)));
        assertEquals(List.of(), neglect(tooSoon), "9 days since the contact");
        var second = next(tooSoon).when(scan(d.plusDays(16)));
        List<SignalRaised> secondPeriod = neglect(second);
        assertEquals(1, secondPeriod.size(), "the contact ended the first period; the second is flagged");
        assertTrue(secondPeriod.get(0).detail().contains("since the last contact on " + d.plusDays(1)),
                secondPeriod.get(0).detail());
        assertEquals(List.of(), neglect(next(second).when(scan(d.plusDays(17)))), "the second is flagged once");
    }

    @Test
    void aContactRecordedLateAndOlderThanTheLatestDoesNotEndThePeriod() {
        LocalDate d = CLASSIFIED.plusDays(40);
        var flagged = quietlyAfter(classified("KEY", "LARGE_SHORT_TERM"), contact(CLASSIFIED.plusDays(20)))
                .when(scan(d));
        assertEquals(1, neglect(flagged).size());
        var lateContact = next(flagged).when(contact(CLASSIFIED.plusDays(10)));
        assertEquals(List.of(), neglect(lateContact));
        assertEquals(List.of(), neglect(next(lateContact).when(scan(d.plusDays(1)))));
    }

    @Test
    void anUnclassifiedClientIsNeverNeglected() {
        assertEquals(List.of(), neglect(quietlyAfter(contact(CLASSIFIED)).when(scan(CLASSIFIED.plusDays(400)))));
    }

    @ParameterizedTest(name = "{0} on day {1}: no NEGLECT at day 400, nor after a second outcome")
    @CsvSource({"ACCOUNT_CLOSED, 1", "TRANSFER_OUT_COMPLETED, 3", "ACCOUNT_CLOSED, 30"})
    void aClientWhoLeftIsNeverNeglected(AccountEventKind kind, int day) {
        var left = quietlyAfter(classified("KEY", "LARGE_SHORT_TERM")).when(new RecordAccountEvent("c1", "out-" + day,
                at(CLASSIFIED.plusDays(day)), kind, null, null, "m-" + day));
        assertEquals(at(CLASSIFIED.plusDays(day)), left.state().leftAt(), "left at the outcome");
        assertEquals(List.of(), neglect(next(left).when(scan(CLASSIFIED.plusDays(400)))));
        var again = next(left).when(new RecordAccountEvent("c1", "out-late", at(CLASSIFIED.plusDays(day + 50)),
                AccountEventKind.ACCOUNT_CLOSED, null, null, "m-late"));
        assertEquals(at(CLASSIFIED.plusDays(day)), again.state().leftAt(), "the first outcome is when the client left");
        assertEquals(List.of(), neglect(next(again).when(scan(CLASSIFIED.plusDays(400)))));
    }

    @Test
    void theSameClientStillInTheBookIsNeglected() {
        // the control for the test above: without the outcome the same stream is flagged
        assertEquals(1, neglect(quietlyAfter(classified("KEY", "LARGE_SHORT_TERM"))
                .when(scan(CLASSIFIED.plusDays(400)))).size());
    }

    @Test
    void twoScansOfTheSameStateRaiseTheSameSignal() {
        var classified = quietlyAfter(classified("KEY", "LARGE_SHORT_TERM"));
        SignalRaised first = classified.when(new ScanNeglect("c1", at(CLASSIFIED.plusDays(20)), "a"))
                .thenFirst(SignalRaised.class);
        SignalRaised second = classified.when(new ScanNeglect("c1", at(CLASSIFIED.plusDays(21)), "b"))
                .thenFirst(SignalRaised.class);
        assertEquals(first.signalId(), second.signalId());
    }
}
