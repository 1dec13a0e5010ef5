package dev.kehu.profiling.suitability;

/** Bodies of the suitability endpoints; codes arrive as text so an unknown one is a 400 naming the field. */
public final class SuitabilityRequests {

    private SuitabilityRequests() {
    }

    /** {@code POST /api/v1/clients/{clientId}/suitability-checks}. */
    public record CheckRequest(String productCode) {
    }

    /** {@code POST /api/v1/suitability-checks/{checkId}/acknowledgement}: the channel and the exact statement shown. */
    public record AcknowledgementRequest(String channel, String statement) {
    }
}
