package dev.kehu.eventstore;

/** Expected stream versions for {@link EventStore#append}: a version is the count of events in the stream. */
public final class ExpectedVersion {

    /** The stream must not exist yet. */
    public static final long NO_STREAM = 0;
    /** Append whatever the stream's version: for writers that are already ordered per stream. */
    public static final long ANY = -1;

    private ExpectedVersion() {
    }
}
