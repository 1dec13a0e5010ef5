package dev.kehu.console.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions of the development sign-in, kept on the server: the browser holds only a random id
 * (the {@code kehu_session} cookie), the token stays here. So signing out ends the session for good
 * (a copied cookie finds nothing), and the token the console holds for a person lives at most
 * {@code tokenLife} and is renewed while the session is used: a session that goes unused until its
 * token is about to expire is over. See docs/security.md.
 */
public final class SessionStore {

    /** A call must not leave with a token about to expire: the session ends this long before it. */
    static final Duration MARGIN = Duration.ofSeconds(30);
    private static final int ID_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Signs a token for a person: who, with which role, valid until when. */
    @FunctionalInterface
    public interface Minter {
        String mint(String name, String role, Instant expires);
    }

    /** One signed-in person: the token the services are called with and when it expires. */
    public record Entry(String id, String role, String name, Instant started, String token, Instant tokenExpires) {
    }

    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration tokenLife;
    private final Duration sessionMax;
    private final int capacity;
    private final Minter minter;

    public SessionStore(Clock clock, Duration tokenLife, Duration sessionMax, int capacity, Minter minter) {
        if (tokenLife.compareTo(Duration.ofMinutes(5)) < 0 || tokenLife.compareTo(Duration.ofMinutes(60)) > 0) {
            throw new IllegalArgumentException("kehu.console.token-minutes must be between 5 and 60, not " + tokenLife.toMinutes());
        }
        this.clock = clock;
        this.tokenLife = tokenLife;
        this.sessionMax = sessionMax;
        this.capacity = capacity;
        this.minter = minter;
    }

    /** A new session with a fresh id (never one the browser brought: no session fixation). */
    public Entry start(String role, String name) {
        Instant now = clock.instant();
        if (sessions.size() >= capacity) {
            makeRoom(now);
        }
        byte[] bytes = new byte[ID_BYTES];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Entry entry = new Entry(id, role, name, now, minter.mint(name, role, now.plus(tokenLife)), now.plus(tokenLife));
        sessions.put(id, entry);
        return entry;
    }

    /**
     * The live session of this id, its token renewed once half of its life is gone; empty when there
     * is none, or it went unused too long, or it is older than the longest a session may last.
     */
    public Optional<Entry> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return Optional.ofNullable(sessions.computeIfPresent(id, (key, e) -> {
            if (!alive(e, now)) {
                return null;
            }
            if (Duration.between(now, e.tokenExpires()).compareTo(tokenLife.dividedBy(2)) < 0) {
                Instant expires = now.plus(tokenLife);
                return new Entry(e.id(), e.role(), e.name(), e.started(), minter.mint(e.name(), e.role(), expires), expires);
            }
            return e;
        }));
    }

    /** Signing out: the id finds nothing from now on. */
    public void end(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    int size() {
        return sessions.size();
    }

    private boolean alive(Entry e, Instant now) {
        return now.isBefore(e.tokenExpires().minus(MARGIN)) && now.isBefore(e.started().plus(sessionMax));
    }

    /** Ends the sessions that are over; if none is, the one idle longest (its token was renewed least recently). */
    private void makeRoom(Instant now) {
        sessions.values().removeIf(e -> !alive(e, now));
        if (sessions.size() >= capacity) {
            sessions.values().stream().min(Comparator.comparing(Entry::tokenExpires)).ifPresent(e -> sessions.remove(e.id()));
        }
    }
}
