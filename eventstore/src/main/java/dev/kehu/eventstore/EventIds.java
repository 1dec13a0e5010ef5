package dev.kehu.eventstore;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Event ids as time-ordered UUIDs (RFC 9562 version 7: 48 bits of Unix milliseconds, then 74
 * random bits). Random version-4 ids land all over the unique index of {@code es_event}, so every
 * append dirties a different index page; ids that grow with time are appended at its right edge.
 */
public final class EventIds {

    private EventIds() {
    }

    public static UUID next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long msb = (System.currentTimeMillis() << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
