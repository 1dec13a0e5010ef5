package dev.kehu.console.api.retention;

import java.util.List;

/** A client's churn risk and the signals behind it. */
public record ChurnRisk(int riskScore, String riskLevel, List<Signal> signals) {

    public ChurnRisk {
        signals = signals == null ? List.of() : signals;
    }

    /** One line of the churn-risk list. */
    public record Row(String clientId, int riskScore, String riskLevel) {
    }
}
