package dev.kehu.console.api.profiling;

import java.time.Instant;
import java.util.List;

import dev.kehu.console.api.Bilingual;

/** One suitability check of a product for the client, with the warnings shown to the client. */
public record SuitabilityCheck(String checkId, String productCode, String productRiskLevel, String riskCategory,
        String result, List<Warning> warnings, boolean acknowledgementRequired, Instant checkedAt,
        Acknowledgement acknowledgement) {

    public SuitabilityCheck {
        warnings = warnings == null ? List.of() : warnings;
    }

    /** A MISMATCH that still waits for the client's acknowledgement (only such a check offers the form). */
    public boolean awaitsAcknowledgement() {
        return acknowledgementRequired && acknowledgement == null && "MISMATCH".equals(result);
    }

    /** The name of this check's acknowledgement form on the client page. */
    public String ackForm() {
        return "ack-" + checkId;
    }

    /** The body of {@code POST /clients/{clientId}/suitability-checks}. */
    public record Request(String productCode) {
    }

    /** The body of {@code POST /suitability-checks/{checkId}/acknowledgement}. */
    public record AcknowledgementRequest(String channel, String statement) {
    }

    /** The client's acknowledgement of a MISMATCH: through which channel, the exact statement shown. */
    public record Acknowledgement(String channel, String statement, Instant acknowledgedAt) {
    }

    public record Warning(String code, String zh, String en) implements Bilingual {
    }
}
