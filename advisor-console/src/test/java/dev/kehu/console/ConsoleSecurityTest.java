package dev.kehu.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import dev.kehu.console.auth.SessionStore;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The console's guards against the real services: a POST without the form's CSRF token, or from
 * another origin, is refused and changes nothing at the service; sign-in is guarded the same way;
 * signing out ends the session for a copied cookie too; the token the console holds lives an hour at
 * most and carries the audience the services require.
 */
@QuarkusTest
@WithTestResource(value = RealSuite.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ConsoleSecurityTest {

    static final String CLIENT = "C-CSRF";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestHTTPResource("/")
    URL console;

    @Inject
    SessionStore sessions;

    WebClient browser() {
        return new WebClient(console.toString());
    }

    @Test
    void aSignInWithoutItsTokenOrFromAnotherSiteIsRefused() {
        WebClient b = browser();
        String token = b.get("/sign-in?lang=zh").csrf();
        Map<String, String> form = Map.of("role", "manager", "name", "mallory");

        WebClient.Page noToken = b.post("/sign-in", form, "Origin", b.base);
        assertThat(noToken.status()).isEqualTo(403);
        assertThat(noToken.body()).contains("此表单未被接受", "没有做任何更改");
        Map<String, String> withToken = new HashMap<>(form);
        withToken.put("csrf-token", token);
        assertThat(b.post("/sign-in", withToken, "Origin", "https://evil.example").status()).isEqualTo(403);
        assertThat(b.post("/sign-in", withToken, "Referer", "https://evil.example/login-csrf.html").status()).isEqualTo(403);
        withToken.put("csrf-token", token.substring(1) + "A");
        assertThat(b.post("/sign-in", withToken, "Origin", b.base).status()).as("a wrong token").isEqualTo(403);
        assertThat(b.cookies).doesNotContainKey("kehu_session");

        WebClient.Page ok = b.signIn("manager", "王经理");
        assertThat(ok.status()).isEqualTo(303);
        assertThat(ok.setCookie("kehu_session")).contains("HttpOnly", "SameSite=Lax").doesNotContain("Max-Age")
                .as("plain http in the tests: kehu.console.secure-cookie=false").doesNotContain("Secure");
    }

    @Test
    void aPostWithoutTheTokenOrFromAnotherOriginChangesNothing() throws Exception {
        WebClient b = browser();
        b.signIn("advisor", "王芳");
        String token = b.get("/clients/" + CLIENT + "/questionnaire").csrf();
        Map<String, String> answers = new HashMap<>(Map.ofEntries(Map.entry("age", "38"), Map.entry("employment", "STABLE_INCOME"),
                Map.entry("familyBurden", "DUAL_INCOME_WITH_CHILDREN"), Map.entry("housing", "MORTGAGE_UNDER_HALF"),
                Map.entry("investmentExperience", "YEARS_2_TO_5"), Map.entry("investmentKnowledge", "AVERAGE"),
                Map.entry("maxLossPercent", "12"), Map.entry("investmentPriority", "BEAT_INFLATION"),
                Map.entry("stopLoss", "EXECUTES_STOP"), Map.entry("lossReaction", "AFFECTS_MOOD"),
                Map.entry("marketWatching", "WEEKLY"), Map.entry("performanceControl", "PARTIAL_CONTROL")));
        String path = "/clients/" + CLIENT + "/questionnaire";

        assertThat(b.post(path, answers, "Origin", b.base).status()).as("no token").isEqualTo(403);
        answers.put("csrf-token", token);
        assertThat(b.post(path, answers, "Origin", "https://evil.example").status()).as("a foreign Origin").isEqualTo(403);
        assertThat(b.post(path, answers, "Referer", "http://evil.example/").status()).as("a foreign Referer").isEqualTo(403);
        assertThat(profileStatus()).as("nothing reached profiling-service").isEqualTo(404);

        WebClient.Page scored = b.post(path, answers, "Origin", b.base);
        assertThat(scored.status()).isEqualTo(200);
        assertThat(scored.body()).contains("id=\"result-category\"");
        assertThat(profileStatus()).as("the same form with its token, from the console itself").isEqualTo(200);
    }

    /**
     * The client page's forms share one endpoint ({@code POST /clients/{id}/{form}}): with a valid token from the console
     * itself, a form not on its list or a client id the console does not accept is 404, an auditor's post and an
     * advisor's assignment of an advisor are 403, and none of them reaches a service.
     */
    @Test
    void theClientPageFormsRefuseUnknownFormsAndRolesThatMayNot() throws Exception {
        String client = "C-FORMS";
        WebClient advisor = browser();
        advisor.signIn("advisor", "王芳");
        String token = advisor.get("/clients/" + client).csrf();
        Map<String, String> assign = Map.of("csrf-token", token, "advisorId", "mallory");
        assertThat(advisor.post("/clients/" + client + "/advisor", assign, "Origin", advisor.base).status())
                .as("only a manager assigns").isEqualTo(403);
        assertThat(advisor.post("/clients/" + client + "/delete", assign, "Origin", advisor.base).status())
                .as("a form not on the list").isEqualTo(404);
        assertThat(advisor.post("/clients/C%20X/advisor", assign, "Origin", advisor.base).status())
                .as("a client id the console does not accept").isEqualTo(404);

        WebClient auditor = browser();
        auditor.signIn("auditor", "审计 赵");
        Map<String, String> contact = Map.of("csrf-token", auditor.get("/clients/" + client).csrf(), "channel", "PHONE",
                "direction", "OUTBOUND", "purpose", "SERVICE_REVIEW", "occurredAt", "2026-12-01T10:00");
        assertThat(auditor.post("/clients/" + client + "/contacts", contact, "Origin", auditor.base).status())
                .as("an auditor only reads").isEqualTo(403);

        assertThat(retention("/api/v1/clients/" + client + "/advisor").statusCode()).as("no advisor assigned").isEqualTo(404);
        HttpResponse<String> contacts = retention("/api/v1/clients/" + client + "/contacts");
        assertThat(contacts.statusCode()).isEqualTo(200);
        assertThat(contacts.body()).as("no contact recorded").contains("\"total\":0");
    }

    static HttpResponse<String> retention(String path) throws Exception {
        String token = RealSuite.tokens().token("test-manager", "manager", null);
        return HTTP.send(HttpRequest.newBuilder(URI.create(RealSuite.URLS.get("retention-service") + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void signingOutEndsTheSessionForACopiedCookieToo() {
        WebClient b = browser();
        b.signIn("auditor", "审计 赵");
        String copied = b.cookies.get("kehu_session");
        WebClient.Page home = b.get("/");
        assertThat(home.status()).isEqualTo(200);

        assertThat(b.post("/sign-out", Map.of(), "Origin", b.base).status()).as("no token: not signed out").isEqualTo(403);
        assertThat(b.get("/").status()).isEqualTo(200);

        WebClient.Page out = b.post("/sign-out", Map.of("csrf-token", home.csrf()), "Origin", b.base);
        assertThat(out.status()).isEqualTo(303);
        assertThat(out.header("Location")).endsWith("/sign-in");
        assertThat(sessions.find(copied)).isEmpty();

        WebClient thief = browser();
        thief.cookies.put("kehu_session", copied);
        WebClient.Page stolen = thief.get("/");
        assertThat(stolen.status()).isEqualTo(303);
        assertThat(stolen.header("Location")).endsWith("/sign-in");
    }

    @Test
    void theTokenTheConsoleHoldsLivesAnHourAtMostAndCarriesTheAudience() {
        WebClient b = browser();
        b.signIn("manager", "李经理");
        SessionStore.Entry session = sessions.find(b.cookies.get("kehu_session")).orElseThrow();
        String claims = new String(Base64.getUrlDecoder().decode(session.token().split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(claims).containsPattern("\"aud\":\\[?\"kehu\"").contains("\"upn\":\"李经理\"", "\"groups\":[\"manager\"]");
        long iat = claim(claims, "iat");
        long exp = claim(claims, "exp");
        assertThat(exp - iat).isLessThanOrEqualTo(3600);
        assertThat(Instant.ofEpochSecond(exp)).isBefore(Instant.now().plus(Duration.ofMinutes(61)));

        // the services take the console's token: every part of the worklist shows (a service just started
        // may miss the first read timeout; a refused token would say "refused this part ... (HTTP 401)")
        String[] page = {""};
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            page[0] = b.get("/?lang=en").body();
            assertThat(page[0]).doesNotContain("refused this part");
            return !page[0].contains("class=\"unavailable\"");
        });
        assertThat(page[0]).contains("id=\"matrix\"", "id=\"worklist\"");
    }

    static long claim(String claims, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(claims);
        assertThat(m.find()).as(name + " in " + claims).isTrue();
        return Long.parseLong(m.group(1));
    }

    static int profileStatus() throws Exception {
        String token = RealSuite.tokens().token("test-manager", "manager", null);
        return HTTP.send(HttpRequest.newBuilder(URI.create(RealSuite.URLS.get("profiling-service") + "/api/v1/clients/" + CLIENT + "/profile"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
