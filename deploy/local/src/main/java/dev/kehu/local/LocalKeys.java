package dev.kehu.local;

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
import java.util.UUID;

/**
 * The local run's JWT key pair ({@code <data>/keys}, made on first use and kept, so tokens handed out
 * stay valid) and the development tokens signed with it: {@code ./kehu token}, {@code ./kehu demo}.
 * The private key is created readable by its owner only, from the first byte on (never chmod-ed
 * afterwards: there is no moment when another user could open it), in a folder only the owner may
 * enter. Tokens carry {@code aud} = {@value #AUDIENCE}, which the services require (docs/contract.md,
 * "Authentication").
 */
public final class LocalKeys {

    public static final String ISSUER = "https://kehu.local/dev";
    public static final String AUDIENCE = "kehu";

    private final Path publicKey;
    private final PrivateKey privateKey;

    private LocalKeys(Path publicKey, PrivateKey privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    /** Loads the pair from {@code dir}, making it there the first time. */
    public static LocalKeys inDirectory(Path dir) {
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
            byte[] der = Base64.getMimeDecoder().decode(Files.readString(priv).replaceAll("-----[A-Z ]+-----", "").trim());
            return new LocalKeys(pub, KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The PEM file the services verify tokens with ({@code mp.jwt.verify.publickey.location}). */
    public Path publicKeyFile() {
        return publicKey;
    }

    /** A signed token for {@code subject} with one role; {@code clientId} only for the {@code client} role. */
    public String token(String subject, String role, String clientId, Duration ttl) {
        Instant now = Instant.now();
        StringBuilder claims = new StringBuilder("{\"iss\":\"").append(ISSUER)
                .append("\",\"aud\":\"").append(AUDIENCE)
                .append("\",\"sub\":\"").append(json(subject))
                .append("\",\"upn\":\"").append(json(subject))
                .append("\",\"jti\":\"").append(UUID.randomUUID())
                .append("\",\"iat\":").append(now.getEpochSecond())
                .append(",\"exp\":").append(now.plus(ttl).getEpochSecond())
                .append(",\"groups\":[\"").append(json(role)).append("\"]");
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
            // made meanwhile by another ./kehu command
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
