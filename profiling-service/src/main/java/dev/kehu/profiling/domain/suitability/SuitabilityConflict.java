package dev.kehu.profiling.domain.suitability;

/** A step the check's state does not allow (acknowledging a non-MISMATCH, or twice): the REST edge answers 409. */
public class SuitabilityConflict extends RuntimeException {

    public SuitabilityConflict(String message) {
        super(message);
    }
}
