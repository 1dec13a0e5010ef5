package dev.kehu.console.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Singleton;

import dev.kehu.console.config.ConsoleConfig;

/**
 * Signs what a form's CSRF token is bound to (HMAC-SHA256): the session id once signed in, else
 * the browser's own random {@code kehu_csrf} cookie (the sign-in form, and every form under OIDC).
 * Another site can neither read the token from our pages nor compute it without this key.
 */
@Singleton
public class CsrfKey {

    private final byte[] key;

    CsrfKey(ConsoleConfig config) {
        if (config.csrfKey().isPresent()) {
            key = config.csrfKey().get().getBytes(StandardCharsets.UTF_8);
            if (key.length < 32) {
                throw new IllegalArgumentException("kehu.console.csrf-key must have at least 32 characters");
            }
        } else {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        }
    }

    /** The token for a form bound to {@code binding}: {@code s:<session id>}, or {@code b:<kehu_csrf cookie>}. */
    public String sign(String binding) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(binding.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** In constant time: whether {@code given} is the token of {@code binding}. */
    boolean matches(String binding, String given) {
        return given != null && MessageDigest.isEqual(sign(binding).getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }
}
