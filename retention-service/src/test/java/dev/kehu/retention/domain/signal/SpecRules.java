package dev.kehu.retention.domain.signal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import dev.kehu.retention.domain.signal.TaskPriority;

/** The rules with the numbers of docs/domain.md#churn-signals, written out so the tests pin them. */
public final class SpecRules {

    private SpecRules() {
    }

    public static ChurnRules spec() {
        return new ChurnRules(Map.of(
                SignalKind.TRANSFER_OUT_REQUESTED, 60,
                SignalKind.CLOSURE_REQUESTED, 80,
                SignalKind.ASSET_OUTFLOW, 40,
                SignalKind.LARGE_WITHDRAWAL, 30,
                SignalKind.SEGMENT_DOWNGRADE, 25,
                SignalKind.COMPLAINT, 20,
                SignalKind.SERVICE_SHORTFALL, 20,
                SignalKind.NEGLECT, 20),
                50, new BigDecimal("0.30"), new BigDecimal("0.20"), new BigDecimal("-1.0"), Duration.ofDays(30), 100,
                25, 50, 75, Map.of(TaskPriority.P1, 1, TaskPriority.P2, 3, TaskPriority.P3, 7),
                ZoneId.of("Asia/Shanghai"), LocalTime.of(15, 0));
    }
}
