package dev.kehu.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kehu.local.LocalKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Services that take a connection and never answer (a listening socket nobody reads): each page part
 * shows as unavailable once its deadline has passed, long before the rest client's read timeout, and
 * calls beyond the bounded pool and queue are not made at all (the part says the console is busy).
 * (The console's cookies keep their default {@code Secure} here; the client is no browser and sends them anyway.)
 */
@QuarkusTest
@QuarkusTestResource(value = ConsoleDeadlineTest.SilentServices.class, restrictToAnnotatedClass = true)
class ConsoleDeadlineTest {

    /** One socket for the three services: the kernel accepts connections, no one ever replies. */
    public static class SilentServices implements QuarkusTestResourceLifecycleManager {

        private ServerSocket socket;

        @Override
        public Map<String, String> start() {
            try {
                socket = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
                Path keys = Files.createTempDirectory("kehu-console-keys-").resolve("keys");
                LocalKeys.inDirectory(keys);
                String url = "http://127.0.0.1:" + socket.getLocalPort();
                Map<String, String> config = new HashMap<>();
                for (String service : new String[] {"profiling", "segmentation", "retention"}) {
                    config.put("quarkus.rest-client." + service + ".url", url);
                }
                config.put("quarkus.rest-client.read-timeout", "120000"); // only the deadline can end a part here
                config.put("kehu.console.calls.deadline", "1s");
                config.put("kehu.console.calls.threads", "2");
                config.put("kehu.console.calls.queue", "1");
                config.put("kehu.console.dev-sign-in", "true");
                config.put("smallrye.jwt.sign.key.location", keys.resolve("private.pem").toUri().toString());
                return config;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void stop() {
            try {
                socket.close(); // the calls still waiting fail at once
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @TestHTTPResource("/")
    URL console;

    @Test
    void aPartWhoseServiceDoesNotAnswerShowsAsUnavailableAtItsDeadlineAndExtraCallsAreNotQueued() {
        WebClient b = new WebClient(console.toString());
        WebClient.Page signedIn = b.signIn("advisor", "王芳");
        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.setCookie("kehu_session")).as("kehu.console.secure-cookie defaults to true")
                .contains("Secure", "HttpOnly", "SameSite=Lax");

        // the two parts of an advisor's home (next actions, matrix) both end at the 1 s deadline
        WebClient.Page home = b.get("/?lang=en");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("retention-service is unavailable (no answer within 1.0 s)",
                "segmentation-service is unavailable (no answer within 1.0 s)");

        // many parts, while the two threads still wait on the silent socket: one queues, the rest are not made
        WebClient.Page client = b.get("/clients/C1?lang=en");
        assertThat(client.status()).isEqualTo(200);
        assertThat(client.body()).contains("is unavailable (the console is busy)").contains("id=\"churn\"");
    }
}
