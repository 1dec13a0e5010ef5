package dev.kehu.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.kehu.testsupport.DevTokens;

/**
 * The local run's JWT key pair ({@code <data>/keys}, made on first use and kept, so tokens handed out
 * stay valid; the private key {@code 0600} from its creation) and the development tokens signed with
 * it: {@code ./kehu token}, {@code ./kehu demo}. Tokens carry {@code aud} = {@value #AUDIENCE}, which
 * the services require (docs/security.md).
 */
public final class LocalKeys {

    public static final String ISSUER = DevTokens.ISSUER;
    public static final String AUDIENCE = DevTokens.AUDIENCE;

    private final DevTokens tokens;

    private LocalKeys(DevTokens tokens) {
        this.tokens = tokens;
    }

    /** Loads the pair from {@code dir}, making it there the first time. */
    public static LocalKeys inDirectory(Path dir) {
        return new LocalKeys(DevTokens.inDirectory(dir));
    }

    /** The PEM file the services verify tokens with ({@code mp.jwt.verify.publickey.location}). */
    public Path publicKeyFile() {
        return tokens.publicKeyFile();
    }

    /** A signed token for {@code subject} with one role; {@code clientId} only for the {@code client} role. */
    public String token(String subject, String role, String clientId, Duration ttl) {
        return tokens.token(subject, List.of(role), clientId, ttl);
    }
}
