package dev.kehu.profiling.domain.needs;

/** Needs that contradict what the client's stream holds (e.g. a secondary personality equal to the primary). */
public class NeedsRejected extends RuntimeException {

    private final String field;

    public NeedsRejected(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault. */
    public String field() {
        return field;
    }
}
