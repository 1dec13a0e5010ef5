package dev.kehu.console.web;

import java.math.BigDecimal;

import dev.kehu.console.api.profiling.ProfileSummary;
import dev.kehu.console.api.retention.ChurnRisk;
import dev.kehu.console.api.segmentation.ClientSegment;

/** One line of the client list, from whichever service listed it; what that service does not know is blank. */
public record ClientRow(String clientId, String segment, BigDecimal averageAssets, BigDecimal turnover,
        String riskCategory, String riskLevel, Integer riskScore) {

    static ClientRow of(ClientSegment c) {
        return new ClientRow(c.clientId(), c.segment(), c.averageAssets(), c.turnover(), null, null, null);
    }

    static ClientRow of(ProfileSummary p) {
        return new ClientRow(p.clientId(), null, null, null, p.riskCategory(), null, null);
    }

    static ClientRow of(ChurnRisk.Row r) {
        return new ClientRow(r.clientId(), null, null, null, null, r.riskLevel(), r.riskScore());
    }
}
