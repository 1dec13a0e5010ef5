package dev.kehu.retention.domain.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

/**
 * The NEGLECT signal (docs/domain.md#service-plans) decided on the client stream: given the stream,
 * when the scan looks, then.
 */
class NeglectTest {

    static final ClientDecider DECIDER = new ClientDecider(SpecRules.spec(), RulesProducer.servicePlans("v1"));
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

    /** Runs the commands and returns the NEGLECT signals raised. */
    static List<SignalRaised> run(ClientCommand... commands) {
        ClientState state = ClientState.INITIAL;
        List<SignalRaised> raised = new ArrayList<>();
        for (ClientCommand c : commands) {
            for (ClientEvent e : DECIDER.decide(c, state)) {
                state = ClientState.evolve(state, e);
                if (e instanceof SignalRaised s && s.kind() == SignalKind.NEGLECT) {
                    raised.add(s);
                }
            }
        }
        return raised;
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
        List<ClientCommand> commands = new ArrayList<>(List.of(classified(priority, segment)));
        if (contactOn != null) {
            commands.add(contact(contactOn));
        }
        commands.add(scan(scanOn));
        int raised = run(commands.toArray(ClientCommand[]::new)).size();
        long days = java.time.temporal.ChronoUnit.DAYS.between(contactOn == null ? CLASSIFIED : contactOn, scanOn);
        int every = "KEY".equals(priority) ? 7 : "IMPORTANT".equals(priority) ? 30 : 90;
        assertEquals(days > 2L * every ? 1 : 0, expected, "the table row itself is consistent");
        assertEquals(expected, raised);
    }

    @Test
    void oncePerPeriodAndANewContactStartsANewOne() {
        LocalDate d = CLASSIFIED.plusDays(20);
        List<SignalRaised> raised = run(classified("KEY", "LARGE_SHORT_TERM"), scan(d), scan(d.plusDays(1)),
                scan(d.plusDays(5)));
        assertEquals(1, raised.size(), "one per period, however many scans");
        assertEquals(20, raised.get(0).weight());
        assertTrue(raised.get(0).detail().contains("no contact for 20 days since classification on 2026-01-05"),
                raised.get(0).detail());

        List<SignalRaised> again = run(classified("KEY", "LARGE_SHORT_TERM"), scan(d), contact(d.plusDays(1)),
                scan(d.plusDays(10)), scan(d.plusDays(16)), scan(d.plusDays(17)));
        assertEquals(2, again.size(), "the contact ended the first period; the second is flagged once");
        assertTrue(again.get(1).detail().contains("since the last contact on " + d.plusDays(1)), again.get(1).detail());
    }

    @Test
    void aContactRecordedLateAndOlderThanTheLatestDoesNotEndThePeriod() {
        LocalDate d = CLASSIFIED.plusDays(40);
        assertEquals(1, run(classified("KEY", "LARGE_SHORT_TERM"), contact(CLASSIFIED.plusDays(20)), scan(d),
                contact(CLASSIFIED.plusDays(10)), scan(d.plusDays(1))).size());
    }

    @Test
    void anUnclassifiedClientIsNeverNeglected() {
        assertEquals(0, run(contact(CLASSIFIED), scan(CLASSIFIED.plusDays(400))).size());
    }

    @Test
    void twoScansOfTheSameStateRaiseTheSameSignal() {
        ClientState state = ClientState.INITIAL;
        for (ClientEvent e : DECIDER.decide(classified("KEY", "LARGE_SHORT_TERM"), state)) {
            state = ClientState.evolve(state, e);
        }
        ClientEvent first = DECIDER.decide(new ScanNeglect("c1", at(CLASSIFIED.plusDays(20)), "a"), state).get(0);
        ClientEvent second = DECIDER.decide(new ScanNeglect("c1", at(CLASSIFIED.plusDays(21)), "b"), state).get(0);
        assertEquals(((SignalRaised) first).signalId(), ((SignalRaised) second).signalId());
    }
}
