package dev.kehu.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.kehu.console.auth.CsrfKey;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The console as it is packaged, nothing overridden: neither OIDC nor the development sign-in is on,
 * so it signs nobody in and says so; its cookies are Secure; every response carries the security headers.
 */
@QuarkusTest
class ConsoleDefaultsTest {

    @TestHTTPResource("/")
    URL console;

    @Inject
    CsrfKey csrfKey;

    @Test
    void thePackagedConsoleSignsNobodyInAndSaysWhyInBothLanguages() {
        WebClient browser = new WebClient(console.toString());
        WebClient.Page zh = browser.get("/sign-in?lang=zh");
        assertThat(zh.status()).isEqualTo(200);
        assertThat(zh.body()).contains("本控制台目前无法登录", "kehu.console.dev-sign-in").doesNotContain("id=\"sign-in\"");
        WebClient.Page en = browser.get("/sign-in?lang=en");
        assertThat(en.body()).contains("Nobody can sign in to this console", "quarkus.oidc.tenant-enabled");

        // the page has no form; a sign-in made up with a valid CSRF token, from the console's origin, is refused
        browser.cookies.put("kehu_csrf", "seed-of-this-browser");
        WebClient.Page refused = browser.post("/sign-in", Map.of("role", "manager", "name", "mallory",
                "csrf-token", csrfKey.sign("b:seed-of-this-browser")), "Origin", browser.base);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Nobody can sign in to this console");
        assertThat(refused.setCookie("kehu_session")).as("no session").isNull();
        assertThat(browser.cookies).doesNotContainKey("kehu_session");

        WebClient.Page home = browser.get("/");
        assertThat(home.status()).isEqualTo(303);
        assertThat(home.header("Location")).endsWith("/sign-in");
    }

    @Test
    void cookiesAreSecureHttpOnlyAndSameSiteUnlessTheLocalRunSaysOtherwise() {
        WebClient browser = new WebClient(console.toString());
        assertThat(browser.get("/sign-in?lang=en").setCookie("kehu_lang")).contains("HttpOnly", "Secure", "SameSite=Lax");
        WebClient.Page noToken = browser.post("/sign-in", Map.of("role", "manager", "name", "mallory"));
        assertThat(noToken.status()).isEqualTo(403);
        assertThat(noToken.body()).contains("This form was not accepted");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        WebClient browser = new WebClient(console.toString());
        for (String path : new String[] {"/sign-in", "/", "/static/console.css", "/static/charts.js"}) {
            WebClient.Page page = browser.get(path);
            String csp = page.header("Content-Security-Policy");
            assertThat(csp).as(path).contains("frame-ancestors 'none'", "script-src 'self'", "object-src 'none'");
            assertThat(csp.replaceAll(".*script-src ([^;]*).*", "$1")).as(path + ": scripts").doesNotContain("unsafe");
            assertThat(page.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(page.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
        }
        assertThat(browser.get("/sign-in").header("Cache-Control")).isEqualTo("no-store");
    }
}
