package dev.kehu.profiling.domain.suitability;

/** A check as the fold of its stream: what was decided, and the acknowledgement if there is one. */
public record SuitabilityCheck(SuitabilityEvent.Checked checked, SuitabilityEvent.Acknowledged acknowledged,
                               long version) {

    public static final SuitabilityCheck NONE = new SuitabilityCheck(null, null, 0);

    public boolean exists() {
        return checked != null;
    }
}
