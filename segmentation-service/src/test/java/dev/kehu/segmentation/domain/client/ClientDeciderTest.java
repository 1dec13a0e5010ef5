package dev.kehu.segmentation.domain.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class ClientDeciderTest {

    static final SegmentRules RULES = new SegmentRules(30, new BigDecimal("5000000"), new BigDecimal("500000"),
            new BigDecimal("0.1"), new BigDecimal("2.0"), 2, 4, ZoneId.of("Asia/Shanghai"));
    static final ClientDecider DECIDER = new ClientDecider(RULES);
    static final String CLIENT = "C1";

    @Test
    void givenNewClient_whenFirstBalance_thenClassifiedAndFirstChangeHasNoPrevious() {
        List<ClientEvent> events = when(ClientState.initial(), balance("A1", "2026-03-31", "6000000"));

        assertEquals(2, events.size());
        BalanceRecorded recorded = assertInstanceOf(BalanceRecorded.class, events.get(0));
        assertEquals(Segment.LARGE_STATIC, recorded.classification().segment());
        SegmentChanged changed = assertInstanceOf(SegmentChanged.class, events.get(1));
        assertNull(changed.previousSegment());
        assertEquals(Segment.LARGE_STATIC, changed.segment());
        assertEquals(Priority.IMPORTANT, changed.priority());
        assertEquals(new BigDecimal("6000000.00"), changed.averageAssets());
        assertEquals(new BigDecimal("0.0000"), changed.turnover());
        assertEquals(LocalDate.parse("2026-03-31"), changed.asOf());
    }

    @Test
    void givenBalance_whenSameReportResent_thenNothingHappens() {
        ClientState state = given(balance("A1", "2026-03-31", "6000000"));

        assertEquals(List.of(), when(state, balance("A1", "2026-03-31", "6000000.00")));
    }

    @Test
    void givenBalance_whenCorrectedForSameAccountAndDay_thenItReplacesNotAdds() {
        ClientState state = given(balance("A1", "2026-03-31", "6000000"));

        List<ClientEvent> events = when(state, balance("A1", "2026-03-31", "600000"));

        BalanceRecorded recorded = assertInstanceOf(BalanceRecorded.class, events.get(0));
        assertEquals(new BigDecimal("600000.00"), recorded.classification().averageAssets());
        SegmentChanged changed = assertInstanceOf(SegmentChanged.class, events.get(1));
        assertEquals(Segment.LARGE_STATIC, changed.previousSegment());
        assertEquals(Segment.MEDIUM_STATIC, changed.segment());
    }

    @Test
    void givenOneAccount_whenAnotherAccountReportsTheSameDay_thenAssetsAreSummed() {
        ClientState state = given(balance("A1", "2026-03-31", "3000000"));

        List<ClientEvent> events = when(state, balance("A2", "2026-03-31", "2000000"));

        SegmentChanged changed = assertInstanceOf(SegmentChanged.class, events.get(1));
        assertEquals(new BigDecimal("5000000.00"), changed.averageAssets());
        assertEquals(Segment.LARGE_STATIC, changed.segment());
    }

    @Test
    void givenClassifiedClient_whenTradesPushTurnoverToTwo_thenSegmentChanges() {
        ClientState state = given(balance("A1", "2026-03-31", "6000000"),
                trade("T1", "2026-03-20T02:00:00Z", "6000000"));

        List<ClientEvent> events = when(state, trade("T2", "2026-03-30T02:00:00Z", "6000000"));

        TradeRecorded recorded = assertInstanceOf(TradeRecorded.class, events.get(0));
        assertEquals(new BigDecimal("2.0000"), recorded.classification().turnover());
        SegmentChanged changed = assertInstanceOf(SegmentChanged.class, events.get(1));
        assertEquals(Segment.LARGE_STABLE, changed.previousSegment());
        assertEquals(Segment.LARGE_SHORT_TERM, changed.segment());
        assertEquals(Priority.KEY, changed.priority());
    }

    @Test
    void givenClassifiedClient_whenTradeKeepsSegment_thenOnlyTheTradeIsRecorded() {
        ClientState state = given(balance("A1", "2026-03-31", "1000000"), trade("T1", "2026-03-30T02:00:00Z", "500000"));

        List<ClientEvent> events = when(state, trade("T2", "2026-03-30T03:00:00Z", "100000"));

        assertEquals(1, events.size());
        assertEquals(new BigDecimal("0.6000"),
                assertInstanceOf(TradeRecorded.class, events.get(0)).classification().turnover());
    }

    @Test
    void givenRecordedTrade_whenSameTradeIdArrivesAgain_thenNothingHappens() {
        ClientState state = given(balance("A1", "2026-03-31", "1000000"), trade("T1", "2026-03-30T02:00:00Z", "500000"));

        assertEquals(List.of(), when(state, trade("T1", "2026-03-30T02:00:00Z", "500000")));
    }

    @Test
    void givenNoBalance_whenTrade_thenRecordedButNotClassified() {
        List<ClientEvent> events = when(ClientState.initial(), trade("T1", "2026-03-30T02:00:00Z", "500000"));

        assertEquals(1, events.size());
        assertNull(assertInstanceOf(TradeRecorded.class, events.get(0)).classification());
    }

    @Test
    void givenTradeBeforeAnyBalance_whenFirstBalance_thenTheTradeCounts() {
        ClientState state = given(trade("T1", "2026-03-30T02:00:00Z", "200000"));

        List<ClientEvent> events = when(state, balance("A1", "2026-03-31", "1000000"));

        SegmentChanged changed = assertInstanceOf(SegmentChanged.class, events.get(1));
        assertEquals(Segment.MEDIUM_STABLE, changed.segment());
        assertEquals(new BigDecimal("0.2000"), changed.turnover());
    }

    @Test
    void givenClassifiedClient_whenLateTradeFallsInTheWindow_thenReEvaluated() {
        ClientState state = given(balance("A1", "2026-03-31", "1000000"));

        List<ClientEvent> events = when(state, trade("T9", "2026-03-02T02:00:00Z", "2500000"));

        SegmentChanged changed = assertInstanceOf(SegmentChanged.class, events.get(1));
        assertEquals(Segment.MEDIUM_STATIC, changed.previousSegment());
        assertEquals(Segment.MEDIUM_SHORT_TERM, changed.segment());
    }

    @Test
    void givenClassifiedClient_whenLateTradeIsOlderThanTheWindow_thenRecordedWithoutChange() {
        ClientState state = given(balance("A1", "2026-03-31", "1000000"));

        List<ClientEvent> events = when(state, trade("T9", "2026-03-01T02:00:00Z", "2500000"));

        assertEquals(1, events.size());
        assertEquals(new BigDecimal("0.0000"),
                assertInstanceOf(TradeRecorded.class, events.get(0)).classification().turnover());
    }

    @Test
    void givenClassifiedClient_whenTradeIsAfterMidnightInShanghai_thenItCountsForTheNextTradingDay() {
        ClientState state = given(balance("A1", "2026-03-31", "1000000"));

        // 17:00 UTC on 31 March is 01:00 on 1 April in Shanghai: after the asOf
        List<ClientEvent> events = when(state, trade("T1", "2026-03-31T17:00:00Z", "2500000"));

        TradeRecorded recorded = assertInstanceOf(TradeRecorded.class, events.get(0));
        assertEquals(LocalDate.parse("2026-04-01"), recorded.tradeDay());
        assertEquals(1, events.size());
    }

    @Test
    void givenLaterBalance_whenEarlierDayReported_thenEvaluationStaysAtTheLatestAsOf() {
        ClientState state = given(balance("A1", "2026-03-31", "1000000"));

        List<ClientEvent> events = when(state, balance("A1", "2026-03-30", "3000000"));

        BalanceRecorded recorded = assertInstanceOf(BalanceRecorded.class, events.get(0));
        assertEquals(LocalDate.parse("2026-03-31"), recorded.classification().asOf());
        assertEquals(new BigDecimal("2000000.00"), recorded.classification().averageAssets());
        assertTrue(events.size() == 1, "still MEDIUM_STATIC");
    }

    private static ClientState given(ClientCommand... history) {
        ClientState state = ClientState.initial();
        for (ClientCommand command : history) {
            for (ClientEvent event : DECIDER.decide(command, state)) {
                state = ClientState.evolve(state, event);
            }
        }
        return state;
    }

    private static List<ClientEvent> when(ClientState state, ClientCommand command) {
        return new ArrayList<>(DECIDER.decide(command, state));
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
