package dev.kehu.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Development bearer tokens: an RSA key pair generated on first use (never committed) and RS256
 * JWTs signed with it, in the shape the services verify (issuer, audience {@value #AUDIENCE},
 * {@code groups} = roles, and a {@code clientId} claim for the {@code client} role).
 */
public final class DevTokens {

    public static final String ISSUER = "https://kehu.local/dev";
    /** The audience the services require ({@code mp.jwt.verify.audiences}, docs/contract.md). */
    public static final String AUDIENCE = "kehu";

    private final Path publicKey;
    private final PrivateKey privateKey;

    private DevTokens(Path publicKey, PrivateKey privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    /**
     * Loads the key pair from {@code dir}, generating it there the first time. The private key is
     * created readable by its owner only from its first byte (never chmod-ed afterwards: there is no
     * moment when another user could open it), in a folder only the owner may enter.
     */
    public static DevTokens inDirectory(Path dir) {
        try {
            Path pub = dir.resolve("public.pem");
            Path priv = dir.resolve("private.pem");
            if (!Files.exists(pub) || !Files.exists(priv)) {
                createPrivateDirectory(dir);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                // the private key first: a public key never names a private one that is not there
                write(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), "rw-------");
                write(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()), "rw-r--r--");
            }
            byte[] der = Base64.getMimeDecoder().decode(Files.readString(priv)
                    .replaceAll("-----[A-Z ]+-----", "").trim());
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            return new DevTokens(pub, key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void createPrivateDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Files.createDirectories(dir.toAbsolutePath().getParent());
        try {
            Files.createDirectory(dir, posix("rwx------"));
        } catch (UnsupportedOperationException e) {
            Files.createDirectory(dir); // not a POSIX file system: nothing more to restrict
        } catch (FileAlreadyExistsException e) {
            // made meanwhile by another command
        }
    }

    /** Writes {@code text} to a new file that has {@code permissions} from its creation, then moves it in place. */
    private static void write(Path file, String text, String permissions) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, posix(permissions));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, text); // an existing file keeps its permissions
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static FileAttribute<?> posix(String permissions) {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
    }

    /** The PEM file the services verify tokens with ({@code mp.jwt.verify.publickey.location}). */
    public Path publicKeyFile() {
        return publicKey;
    }

    /**
     * A signed token for {@code subject} with the roles; {@code clientId} may be null except for
     * the {@code client} role.
     */
    public String token(String subject, List<String> roles, String clientId, Duration ttl) {
        return token(subject, roles, clientId, ttl, AUDIENCE);
    }

    /**
     * As {@link #token(String, List, String, Duration)} for another audience ({@code aud}), or with no
     * {@code aud} claim at all when {@code audience} is null: what a token of another application looks like.
     */
    public String token(String subject, List<String> roles, String clientId, Duration ttl, String audience) {
        Instant now = Instant.now();
        StringBuilder claims = new StringBuilder("{\"iss\":\"").append(ISSUER).append("\",\"sub\":\"").append(json(subject))
                .append("\",\"upn\":\"").append(json(subject));
        if (audience != null) {
            claims.append("\",\"aud\":\"").append(json(audience));
        }
        claims.append("\",\"jti\":\"").append(UUID.randomUUID())
                .append("\",\"iat\":").append(now.getEpochSecond())
                .append(",\"exp\":").append(now.plus(ttl).getEpochSecond())
                .append(",\"groups\":[").append(roles.stream().map(r -> "\"" + json(r) + "\"").collect(Collectors.joining(",")))
                .append("]");
        if (clientId != null) {
            claims.append(",\"clientId\":\"").append(json(clientId)).append("\"");
        }
        claims.append("}");
        String signingInput = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64Url(claims.toString());
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String token(String subject, String role, String clientId) {
        return token(subject, List.of(role), clientId, Duration.ofHours(8));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static String base64Url(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
