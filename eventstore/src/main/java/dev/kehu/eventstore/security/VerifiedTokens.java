package dev.kehu.eventstore.security;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Bearer tokens already verified, by their exact text. Checking a token's RSA signature and parsing
 * its claims was the largest single cost of a REST request (about 40% of the event loop's time on a
 * risk-assessment submission, JFR), and a caller sends the same token with every request until it
 * expires. A remembered token is served until its {@code exp} or {@link #TTL_MILLIS} after it was
 * verified, whichever comes first; past that, or when the text differs by one character (another
 * signature), the parser verifies it again. A token the parser refuses is never remembered.
 */
public final class VerifiedTokens {

    /** Bounds how long a token verified once stays accepted without being verified again. */
    static final long TTL_MILLIS = 30_000;
    /** Tokens remembered at most; past it the expired ones go, and if that is not enough, all. */
    static final int MAX = 10_000;

    /** The parser's work: verify the signature and claims, or refuse. */
    @FunctionalInterface
    public interface Verifier {
        JsonWebToken verify(String token) throws ParseException;
    }

    private record Verified(JsonWebToken jwt, long until) {
    }

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    public VerifiedTokens() {
        this(System::currentTimeMillis);
    }

    VerifiedTokens(LongSupplier clock) {
        this.clock = clock;
    }

    public JsonWebToken parse(String token, Verifier verifier) throws ParseException {
        long now = clock.getAsLong();
        Verified known = verified.get(token);
        if (known != null && now < known.until()) {
            return known.jwt();
        }
        JsonWebToken jwt = verifier.verify(token);
        long expires = jwt.getExpirationTime() * 1000;
        if (expires > now) {
            if (verified.size() >= MAX) {
                verified.values().removeIf(v -> v.until() <= now);
                if (verified.size() >= MAX) {
                    verified.clear();
                }
            }
            verified.put(token, new Verified(jwt, Math.min(expires, now + TTL_MILLIS)));
        }
        return jwt;
    }

    int size() {
        return verified.size();
    }
}
