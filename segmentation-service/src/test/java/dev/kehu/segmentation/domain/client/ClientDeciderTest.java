package dev.kehu.segmentation.domain.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kehu.segmentation.domain.client.ClientCommand.RecordBalance;
import dev.kehu.segmentation.domain.client.ClientCommand.RecordTrade;
import dev.kehu.segmentation.domain.client.ClientEvent.BalanceRecorded;
import dev.kehu.segmentation.domain.client.ClientEvent.SegmentChanged;
import dev.kehu.segmentation.domain.client.ClientEvent.TradeRecorded;
import dev.kehu.segmentation.domain.segment.Priority;
import dev.kehu.segmentation.domain.segment.Segment;
import dev.kehu.segmentation.domain.segment.SegmentRules;
import dev.kehu.testsupport.decider.DeciderScenario;

class ClientDeciderTest {

    static final SegmentRules RULES = new SegmentRules(30, new BigDecimal("5000000"), new BigDecimal("500000"),
            new BigDecimal("0.1"), new BigDecimal("2.0"), 2, 4, ZoneId.of("Asia/Shanghai"));
    static final ClientDecider DECIDER = new ClientDecider(RULES);
    static final DeciderScenario<ClientState, ClientCommand, ClientEvent> CLIENT_STREAM =
            DeciderScenario.of(DECIDER::initialState, DECIDER::evolve, DECIDER::decide);
    static final String CLIENT = "C1";

    @Test
    void givenNewClient_whenFirstBalance_thenClassifiedAndFirstChangeHasNoPrevious() {
        var then = CLIENT_STREAM.when(balance("A1", "2026-03-31", "6000000"));

        assertEquals(2, then.events().size());
        assertEquals(Segment.LARGE_STATIC, then.thenFirst(BalanceRecorded.class).classification().segment());
        SegmentChanged changed = change(then);
        assertNull(changed.previousSegment());
        assertEquals(Segment.LARGE_STATIC, changed.segment());
        assertEquals(Priority.IMPORTANT, changed.priority());
        assertEquals(new BigDecimal("6000000.00"), changed.averageAssets());
        assertEquals(new BigDecimal("0.0000"), changed.turnover());
        assertEquals(LocalDate.parse("2026-03-31"), changed.asOf());
    }

    @Test
    void givenBalance_whenSameReportResent_thenNothingHappens() {
        CLIENT_STREAM.given(recorded(balance("A1", "2026-03-31", "6000000")))
                .when(balance("A1", "2026-03-31", "6000000.00"))
                .thenNothing();
    }

    @Test
    void givenBalance_whenCorrectedForSameAccountAndDay_thenItReplacesNotAdds() {
        var then = CLIENT_STREAM.given(recorded(balance("A1", "2026-03-31", "6000000")))
                .when(balance("A1", "2026-03-31", "600000"));

        assertEquals(new BigDecimal("600000.00"),
                then.thenFirst(BalanceRecorded.class).classification().averageAssets());
        SegmentChanged changed = change(then);
        assertEquals(Segment.LARGE_STATIC, changed.previousSegment());
        assertEquals(Segment.MEDIUM_STATIC, changed.segment());
    }

    @Test
    void givenOneAccount_whenAnotherAccountReportsTheSameDay_thenAssetsAreSummed() {
        var then = CLIENT_STREAM.given(recorded(balance("A1", "2026-03-31", "3000000")))
                .when(balance("A2", "2026-03-31", "2000000"));

        SegmentChanged changed = change(then);
        assertEquals(new BigDecimal("5000000.00"), changed.averageAssets());
        assertEquals(Segment.LARGE_STATIC, changed.segment());
    }

    @Test
    void givenClassifiedClient_whenTradesPushTurnoverToTwo_thenSegmentChanges() {
        var then = CLIENT_STREAM.given(recorded(balance("A1", "2026-03-31", "6000000"),
                        trade("T1", "2026-03-20T02:00:00Z", "6000000")))
                .when(trade("T2", "2026-03-30T02:00:00Z", "6000000"));

        assertEquals(new BigDecimal("2.0000"), then.thenFirst(TradeRecorded.class).classification().turnover());
        SegmentChanged changed = change(then);
        assertEquals(Segment.LARGE_STABLE, changed.previousSegment());
        assertEquals(Segment.LARGE_SHORT_TERM, changed.segment());
        assertEquals(Priority.KEY, changed.priority());
    }

    @Test
    void givenClassifiedClient_whenTradeKeepsSegment_thenOnlyTheTradeIsRecorded() {
        var then = CLIENT_STREAM.given(recorded(balance("A1", "2026-03-31", "1000000"),
                        trade("T1", "2026-03-30T02:00:00Z", "500000")))
                .when(trade("T2", "2026-03-30T03:00:00Z", "100000"));

        assertEquals(1, then.events().size());
        assertEquals(new BigDecimal("0.6000"), then.thenFirst(TradeRecorded.class).classification().turnover());
    }

    @Test
    void givenRecordedTrade_whenSameTradeIdArrivesAgain_thenNothingHappens() {
        CLIENT_STREAM.given(recorded(balance("A1", "2026-03-31", "1000000"),
                        trade("T1", "2026-03-30T02:00:00Z", "500000")))
                .when(trade("T1", "2026-03-30T02:00:00Z", "500000"))
                .thenNothing();
    }

    @Test
    void givenNoBalance_whenTrade_thenRecordedButNotClassified() {
        var then = CLIENT_STREAM.when(trade("T1", "2026-03-30T02:00:00Z", "500000"));

        assertEquals(1, then.events().size());
        assertNull(then.thenFirst(TradeRecorded.class).classification());
    }

    @Test
    void givenTradeBeforeAnyBalance_whenFirstBalance_thenTheTradeCounts() {
        var then = CLIENT_STREAM.given(recorded(trade("T1", "2026-03-30T02:00:00Z", "200000")))
                .when(balance("A1", "2026-03-31", "1000000"));

        SegmentChanged changed = change(then);
        assertEquals(Segment.MEDIUM_STABLE, changed.segment());
        assertEquals(new BigDecimal("0.2000"), changed.turnover());
    }

    @Test
    void givenClassifiedClient_whenLateTradeFallsInTheWindow_thenReEvaluated() {
        var then = CLIENT_STREAM.given(recorded(balance("A1", "2026-03-31", "1000000")))
                .when(trade("T9", "2026-03-02T02:00:00Z", "2500000"));

        SegmentChanged changed = change(then);
        assertEquals(Segment.MEDIUM_STATIC, changed.previousSegment());
        assertEquals(Segment.MEDIUM_SHORT_TERM, changed.segment());
    }

    @Test
    void givenClassifiedClient_whenLateTradeIsOlderThanTheWindow_thenRecordedWithoutChange() {
        var then = CLIENT_STREAM.given(recorded(balance("A1", "2026-03-31", "1000000")))
                .when(trade("T9", "2026-03-01T02:00:00Z", "2500000"));

        assertEquals(1, then.events().size());
        assertEquals(new BigDecimal("0.0000"), then.thenFirst(TradeRecorded.class).classification().turnover());
    }

    @Test
    void givenClassifiedClient_whenTradeIsAfterMidnightInShanghai_thenItCountsForTheNextTradingDay() {
        // 17:00 UTC on 31 March is 01:00 on 1 April in Shanghai: after the asOf
        var then = CLIENT_STREAM.given(recorded(balance("A1", "2026-03-31", "1000000")))
                .when(trade("T1", "2026-03-31T17:00:00Z", "2500000"));

        assertEquals(LocalDate.parse("2026-04-01"), then.thenFirst(TradeRecorded.class).tradeDay());
        assertEquals(1, then.events().size());
    }

    @Test
    void givenLaterBalance_whenEarlierDayReported_thenEvaluationStaysAtTheLatestAsOf() {
        var then = CLIENT_STREAM.given(recorded(balance("A1", "2026-03-31", "1000000")))
                .when(balance("A1", "2026-03-30", "3000000"));

        BalanceRecorded recorded = then.thenFirst(BalanceRecorded.class);
        assertEquals(LocalDate.parse("2026-03-31"), recorded.classification().asOf());
        assertEquals(new BigDecimal("2000000.00"), recorded.classification().averageAssets());
        assertEquals(1, then.events().size(), "still MEDIUM_STATIC");
    }

    /** The events these feed messages record on a new client's stream, one after the other: the history. */
    private static ClientEvent[] recorded(ClientCommand... messages) {
        List<ClientEvent> history = new ArrayList<>();
        for (ClientCommand message : messages) {
            history.addAll(CLIENT_STREAM.given(history.toArray(ClientEvent[]::new)).when(message).events());
        }
        return history.toArray(ClientEvent[]::new);
    }

    /** The segment change a command decided after recording its fact. */
    private static SegmentChanged change(DeciderScenario.Then<ClientState, ClientEvent> then) {
        return assertInstanceOf(SegmentChanged.class, then.events().get(1));
    }

    private static RecordBalance balance(String account, String asOf, String total) {
        return new RecordBalance(CLIENT, account, LocalDate.parse(asOf), new BigDecimal(total), BigDecimal.ZERO,
                new BigDecimal(total), "m-" + account + asOf + total);
    }

    private static RecordTrade trade(String tradeId, String executedAt, String amount) {
        return new RecordTrade(CLIENT, tradeId, "A1", Instant.parse(executedAt), Side.BUY, "600519",
                BigDecimal.ONE, new BigDecimal(amount), new BigDecimal(amount), "m-" + tradeId);
    }
}
