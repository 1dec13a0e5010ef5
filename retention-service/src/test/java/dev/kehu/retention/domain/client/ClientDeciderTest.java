package dev.kehu.retention.domain.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.kehu.retention.domain.client.ClientStreams.signals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kehu.retention.domain.client.ClientCommand.RecordAccountEvent;
import dev.kehu.retention.domain.client.ClientCommand.RecordBalance;
import dev.kehu.retention.domain.client.ClientCommand.RecordSegment;
import dev.kehu.retention.domain.client.ClientCommand.RecordSurvey;
import dev.kehu.retention.domain.client.ClientEvent.SignalRaised;
import dev.kehu.retention.domain.signal.SignalKind;
import dev.kehu.retention.domain.signal.SpecRules;
import dev.kehu.testsupport.decider.DeciderScenario;
import dev.kehu.testsupport.decider.DeciderScenario.Then;

class ClientDeciderTest {

    static final ClientDecider DECIDER = new ClientDecider(SpecRules.spec());
    static final DeciderScenario<ClientState, ClientCommand, ClientEvent> CLIENT_STREAM = ClientStreams.of(DECIDER);
    static final LocalDate D = LocalDate.of(2026, 3, 20);
    static int ids;

    static RecordBalance balance(String account, LocalDate asOf, String total) {
        return new RecordBalance("c1", account, asOf, new BigDecimal(total), "m" + ids++);
    }

    static DeciderScenario<ClientState, ClientCommand, ClientEvent> quietlyAfter(ClientCommand... commands) {
        return ClientStreams.quietlyAfter(CLIENT_STREAM, commands);
    }

    /** The stream with what a command decided as its history. */
    static DeciderScenario<ClientState, ClientCommand, ClientEvent> next(Then<ClientState, ClientEvent> then) {
        return CLIENT_STREAM.givenState(then.state());
    }

    @ParameterizedTest(name = "from 1,000,000 to {0}: outflow {1}")
    @CsvSource({"700000,true", "700001,false", "0,true", "1000000,false", "1200000,false"})
    void assetOutflowFromThirtyPercentBelowTheTrailingHigh(String today, boolean raised) {
        var then = quietlyAfter(balance("a", D.minusDays(10), "1000000"), balance("a", D.minusDays(5), "900000"))
                .when(balance("a", D, today));
        assertEquals(raised ? 1 : 0, signals(then).size());
        assertEquals(new BigDecimal(today), then.state().totalOn(D), "the balance itself is recorded");
    }

    @Test
    void theHighOutsideTheThirtyDayWindowIsForgotten() {
        assertEquals(0, signals(quietlyAfter(balance("a", D.minusDays(30), "1000000"),
                balance("a", D.minusDays(29), "750000")).when(balance("a", D, "600000"))).size());
        assertEquals(1, signals(quietlyAfter(balance("a", D.minusDays(29), "1000000"))
                .when(balance("a", D, "600000"))).size());
    }

    @Test
    void accountsAreSummedPerDayAndAnAccountNotYetReportedCarriesItsLastTotal() {
        var twoAccounts = quietlyAfter(balance("a", D.minusDays(1), "5000000"),
                balance("b", D.minusDays(1), "4900000"));
        // day 2: account b reports first; a's 5M still stands, so 5.1M is no fall from 9.9M
        assertEquals(0, signals(twoAccounts.when(balance("b", D, "4100000"))).size());
        List<SignalRaised> fall = signals(twoAccounts.when(balance("a", D, "1000000")));
        assertEquals(1, fall.size());
        assertEquals("total assets fell 40% from 9.9M on 03-19 to 5.9M on 03-20", fall.get(0).detail());
        assertEquals(Instant.parse("2026-03-20T07:00:00Z"), fall.get(0).occurredAt());
        assertEquals(40, fall.get(0).weight());
    }

    @Test
    void aClientStayingLowIsFlaggedOncePerWindow() {
        var fell = quietlyAfter(balance("a", D.minusDays(3), "6100000")).when(balance("a", D.minusDays(2), "3500000"));
        List<SignalRaised> s = signals(fell);
        assertEquals(1, s.size());
        assertEquals("total assets fell 42% from 6.1M on 03-17 to 3.5M on 03-18", s.get(0).detail());
        var stillLow = next(fell).when(balance("a", D.minusDays(1), "3400000"));
        assertEquals(List.of(), signals(stillLow));
        assertEquals(List.of(), signals(next(stillLow).when(balance("a", D, "3300000"))));
    }

    @ParameterizedTest(name = "withdrawal of {0} after 1,000,000: {1}")
    @CsvSource({"200000,true", "199999.99,false", "1500000,true"})
    void largeWithdrawalFromTwentyPercentOfTheLastTotal(String amount, boolean raised) {
        RecordAccountEvent w = new RecordAccountEvent("c1", "e1", Instant.parse("2026-03-21T02:00:00Z"),
                AccountEventKind.WITHDRAWAL, new BigDecimal(amount), null, "w" + ids++);
        List<SignalRaised> s = signals(quietlyAfter(balance("a", D, "1000000")).when(w));
        assertEquals(raised ? 1 : 0, s.size());
        if (raised) {
            assertEquals(SignalKind.LARGE_WITHDRAWAL, s.get(0).kind());
        }
        if (raised && amount.equals("200000")) {
            assertEquals("withdrew 200K, 20% of the total assets of 1.0M reported on 03-20", s.get(0).detail());
        }
    }

    @Test
    void aWithdrawalWithoutAnyBalanceCannotBeJudged() {
        assertEquals(List.of(), signals(CLIENT_STREAM.when(new RecordAccountEvent("c1", "e1",
                Instant.parse("2026-03-21T02:00:00Z"), AccountEventKind.WITHDRAWAL, new BigDecimal("5000000"), null,
                "w"))));
    }

    @ParameterizedTest(name = "{0}: {1} weighing {2}")
    @CsvSource({"TRANSFER_OUT_REQUESTED,TRANSFER_OUT_REQUESTED,60", "CLOSURE_REQUESTED,CLOSURE_REQUESTED,80",
            "COMPLAINT_FILED,COMPLAINT,20"})
    void accountEventsAreSignalsAtTheirOwnTime(AccountEventKind kind, SignalKind signal, int weight) {
        Instant at = Instant.parse("2026-03-21T02:00:00Z");
        var then = CLIENT_STREAM
                .when(new RecordAccountEvent("c1", "e1", at, kind, null, "moving to another broker", "k" + ids++));
        assertEquals(1, then.events().size());
        SignalRaised s = then.thenFirst(SignalRaised.class);
        assertEquals(signal, s.kind());
        assertEquals(weight, s.weight());
        assertEquals(at, s.occurredAt());
        assertTrue(s.detail().endsWith(": moving to another broker"));
    }

    /**
     * An outcome says the client has left (docs/domain.md#learned-weights): remembered as when the client left
     * (docs/domain.md#service-plans), no signal, no score.
     */
    @ParameterizedTest(name = "{0} is an outcome")
    @CsvSource({"TRANSFER_OUT_COMPLETED", "ACCOUNT_CLOSED"})
    void outcomesAreRememberedAndRaiseNoSignal(AccountEventKind kind) {
        Instant at = Instant.parse("2026-03-21T02:00:00Z");
        CLIENT_STREAM.when(new RecordAccountEvent("c1", "e9", at, kind, null, "gone", "o" + ids++))
                .then(new ClientEvent.ChurnOutcomeObserved("c1", "e9", kind, at, "gone"))
                .thenState(s -> assertEquals(new ClientState(Map.of(), null, List.of(), null, null, false,
                        null, at), s));
    }

    @ParameterizedTest(name = "{0} → {1}: downgrade {2}")
    @CsvSource({
            ",LARGE_STABLE,false",
            "LARGE_STABLE,MEDIUM_STABLE,true",
            "MEDIUM_SHORT_TERM,SMALL_SHORT_TERM,true",
            "LARGE_STABLE,LARGE_STATIC,true",
            "MEDIUM_STATIC,LARGE_STATIC,false",
            "LARGE_STATIC,MEDIUM_STATIC,true",
            "SMALL_STATIC,SMALL_STABLE,false",
            "LARGE_SHORT_TERM,LARGE_STABLE,false",
            "SMALL_STABLE,MEDIUM_STABLE,false"})
    void segmentDowngrade(String previous, String segment, boolean raised) {
        int cut = segment.indexOf('_');
        RecordSegment s = new RecordSegment("c1", previous, segment, Size.valueOf(segment.substring(0, cut)),
                Activity.valueOf(segment.substring(cut + 1)), ClientPriority.IMPORTANT, new BigDecimal("3200000"),
                new BigDecimal("0.05"), D, "s" + ids++);
        List<SignalRaised> signals = signals(CLIENT_STREAM.when(s));
        assertEquals(raised ? 1 : 0, signals.size());
        if (raised) {
            assertEquals(Instant.parse("2026-03-20T07:00:00Z"), signals.get(0).occurredAt());
            assertTrue(signals.get(0).detail().startsWith("segment fell from " + previous + " to " + segment));
        }
    }

    @ParameterizedTest(name = "overall gap {0}: shortfall {1}")
    @CsvSource({"-1.0,true", "-0.99,false", "-2.5,true", "0.5,false"})
    void serviceShortfallAtAGapOfMinusOneOrBelow(String gap, boolean raised) {
        RecordSurvey s = new RecordSurvey("c1", "sv1", Instant.parse("2026-03-21T02:00:00Z"),
                Map.of("RELIABILITY", new BigDecimal("-2.1"), "EMPATHY", new BigDecimal("-0.4")), new BigDecimal(gap),
                "v" + ids++);
        List<SignalRaised> signals = signals(CLIENT_STREAM.when(s));
        assertEquals(raised ? 1 : 0, signals.size());
        if (raised) {
            assertTrue(signals.get(0).detail().endsWith("weakest RELIABILITY -2.1"), signals.get(0).detail());
        }
    }

    @Test
    void signalIdsFollowFromTheMessageSoAReplayRaisesTheSameSignal() {
        ClientCommand c = new RecordAccountEvent("c1", "e1", Instant.parse("2026-03-21T02:00:00Z"),
                AccountEventKind.COMPLAINT_FILED, null, null, "same-message");
        assertEquals(CLIENT_STREAM.when(c).thenFirst(SignalRaised.class).signalId(),
                CLIENT_STREAM.when(c).thenFirst(SignalRaised.class).signalId());
    }
}
