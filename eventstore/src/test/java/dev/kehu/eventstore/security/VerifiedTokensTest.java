package dev.kehu.eventstore.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.ParseException;

class VerifiedTokensTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    private final AtomicInteger verifications = new AtomicInteger();
    private final VerifiedTokens tokens = new VerifiedTokens(now::get);

    /** A token expiring {@code seconds} after the test's start. */
    private VerifiedTokens.Verifier expiringIn(long seconds) {
        return token -> {
            verifications.incrementAndGet();
            return new Jwt(token, now.get() / 1000 + seconds);
        };
    }

    @Test
    void aTokenVerifiedOnceIsNotVerifiedAgainWhileFresh() throws ParseException {
        JsonWebToken first = tokens.parse("a.b.c", expiringIn(3600));
        now.addAndGet(VerifiedTokens.TTL_MILLIS - 1);
        assertSame(first, tokens.parse("a.b.c", expiringIn(3600)));
        assertEquals(1, verifications.get());
    }

    @Test
    void anotherTextIsVerifiedOnItsOwn() throws ParseException {
        tokens.parse("a.b.c", expiringIn(3600));
        tokens.parse("a.b.d", expiringIn(3600));
        assertEquals(2, verifications.get());
    }

    @Test
    void aRememberedTokenIsVerifiedAgainAfterTheTtl() throws ParseException {
        tokens.parse("a.b.c", expiringIn(3600));
        now.addAndGet(VerifiedTokens.TTL_MILLIS);
        tokens.parse("a.b.c", expiringIn(3600));
        assertEquals(2, verifications.get());
    }

    @Test
    void aTokenIsNotServedPastItsExpiry() throws ParseException {
        tokens.parse("a.b.c", expiringIn(5));
        now.addAndGet(5_000);
        VerifiedTokens.Verifier refuses = token -> {
            verifications.incrementAndGet();
            throw new ParseException("expired");
        };
        assertThrows(ParseException.class, () -> tokens.parse("a.b.c", refuses));
        assertEquals(2, verifications.get());
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        VerifiedTokens.Verifier refuses = token -> {
            verifications.incrementAndGet();
            throw new ParseException("bad signature");
        };
        assertThrows(ParseException.class, () -> tokens.parse("a.b.c", refuses));
        assertThrows(ParseException.class, () -> tokens.parse("a.b.c", refuses));
        assertEquals(2, verifications.get());
        assertEquals(0, tokens.size());
    }

    @Test
    void theMemoryIsBounded() throws ParseException {
        for (int i = 0; i <= VerifiedTokens.MAX; i++) {
            tokens.parse("t" + i, expiringIn(3600));
        }
        assertEquals(1, tokens.size());
    }

    private record Jwt(String raw, long exp) implements JsonWebToken {
        @Override
        public String getName() {
            return "someone";
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp", "raw_token");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) Map.<String, Object>of("exp", exp, "raw_token", raw).get(claimName);
        }
    }
}
