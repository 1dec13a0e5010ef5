package dev.kehu.eventstore;

/** The stream moved on since the caller read it: re-read and decide again, or report a 409. */
public class ConcurrencyConflictException extends RuntimeException {

    private final String streamId;
    private final long expectedVersion;
    private final long actualVersion;

    public ConcurrencyConflictException(String streamId, long expectedVersion, long actualVersion) {
        super("stream " + streamId + " is at version " + actualVersion + ", expected " + expectedVersion);
        this.streamId = streamId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String streamId() {
        return streamId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
