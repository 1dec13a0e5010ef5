package dev.kehu.console.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which Origin (or Referer) counts as the console's own, against the request's Host. */
class RequestGuardOriginTest {

    @Test
    void theSameHostAndPortIsTheConsolesOwn() {
        assertThat(RequestGuard.sameOrigin("http://localhost:8080", "localhost:8080", List.of())).isTrue();
        assertThat(RequestGuard.sameOrigin("http://localhost:8080/tasks/T1?lang=zh", "localhost:8080", List.of())).as("a Referer").isTrue();
        // behind a TLS proxy that keeps Host: the browser's https origin, Host without a port
        assertThat(RequestGuard.sameOrigin("https://console.branch.example", "console.branch.example", List.of())).isTrue();
        assertThat(RequestGuard.sameOrigin("HTTPS://Console.Branch.Example:443", "console.branch.example", List.of())).isTrue();
    }

    @Test
    void anyOtherOriginIsForeign() {
        assertThat(RequestGuard.sameOrigin("https://evil.example", "localhost:8080", List.of())).isFalse();
        assertThat(RequestGuard.sameOrigin("http://localhost:8081", "localhost:8080", List.of())).as("another port").isFalse();
        assertThat(RequestGuard.sameOrigin("http://localhost.evil.example:8080", "localhost:8080", List.of())).isFalse();
        assertThat(RequestGuard.sameOrigin("null", "localhost:8080", List.of())).as("an opaque origin").isFalse();
        assertThat(RequestGuard.sameOrigin("http://localhost:8080", null, List.of())).as("no Host").isFalse();
        assertThat(RequestGuard.sameOrigin("::junk::", "localhost:8080", List.of())).isFalse();
    }

    @Test
    void anAllowedOriginPassesWhateverTheHost() {
        List<String> allowed = List.of("https://console.branch.example");
        assertThat(RequestGuard.sameOrigin("https://console.branch.example", "kehu-console:8080", allowed)).isTrue();
        assertThat(RequestGuard.sameOrigin("https://other.example", "kehu-console:8080", allowed)).isFalse();
    }
}
