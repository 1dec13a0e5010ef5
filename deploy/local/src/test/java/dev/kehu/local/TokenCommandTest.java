package dev.kehu.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


class TokenCommandTest {

    @Test
    void aClientTokenNamesItsClientAndAdvisorTokensDoNot() {
        TokenCommand.Request client = TokenCommand.Request.parse(List.of("--role", "client", "--client", "C123"), Path.of("d"));
        assertEquals("C123", client.clientId());
        assertEquals("C123", client.subject());
        TokenCommand.Request advisor = TokenCommand.Request.parse(List.of("--role", "advisor", "--client", "C1"), Path.of("d"));
        assertNull(advisor.clientId());
        assertEquals("dev-advisor", advisor.subject());
        assertEquals(Duration.ofHours(8), advisor.ttl());
    }

    @Test
    void badRequestsAreRefusedWithTheReason() {
        assertThrows(IllegalArgumentException.class, () -> TokenCommand.Request.parse(List.of(), Path.of("d")));
        assertThrows(IllegalArgumentException.class, () -> TokenCommand.Request.parse(List.of("--role", "root"), Path.of("d")));
        assertThrows(IllegalArgumentException.class, () -> TokenCommand.Request.parse(List.of("--role", "client"), Path.of("d")));
        assertThrows(IllegalArgumentException.class,
                () -> TokenCommand.Request.parse(List.of("--role", "advisor", "--hours", "0"), Path.of("d")));
    }

    @Test
    void theTokenIsSignedByTheKeyTheServicesVerifyWithForTheAudienceKehu(@TempDir Path dir) throws Exception {
        LocalKeys tokens = LocalKeys.inDirectory(dir);
        String token = tokens.token("alice", "client", "C9", Duration.ofHours(1));
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"groups\":[\"client\"]"), claims);
        assertTrue(claims.contains("\"clientId\":\"C9\""), claims);
        assertTrue(claims.contains("\"aud\":\"kehu\""), "the services require aud kehu: " + claims);
        assertTrue(claims.contains("\"iss\":\"https://kehu.local/dev\""), claims);
        byte[] der = Base64.getMimeDecoder().decode(Files.readString(tokens.publicKeyFile()).replaceAll("-----[A-Z ]+-----", "").trim());
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der)));
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rsa.verify(Base64.getUrlDecoder().decode(parts[2])));
        String again = LocalKeys.inDirectory(dir).token("bob", "advisor", null, Duration.ofHours(1));
        rsa.initVerify(KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der)));
        String[] p2 = again.split("\\.");
        rsa.update((p2[0] + "." + p2[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rsa.verify(Base64.getUrlDecoder().decode(p2[2])), "the key is made once and reused");
    }
}
