package dev.kehu.console;

import static dev.kehu.console.ConsoleBrowserTest.awaitAll;
import static dev.kehu.console.ConsoleBrowserTest.awaitJson;
import static dev.kehu.console.ConsoleBrowserTest.screenshot;
import static dev.kehu.console.ConsoleBrowserTest.submit;
import static dev.kehu.console.ConsoleBrowserTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.kehu.local.DemoHistory;
import dev.kehu.testsupport.KafkaTestClient;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The churn-model page (docs/domain.md#learned-weights) in a real browser against the real services: the demo's
 * year of history goes through the back-office topics; a manager starts a fit on the page, reads the evidence in
 * Chinese and English, adopts it and sees the new version in force; an advisor is refused and cannot adopt.
 */
@QuarkusTest
@WithTestResource(value = RealSuite.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ChurnModelBrowserTest {

    private static final ZoneId BRANCH = ZoneId.of("Asia/Shanghai");

    /** On a failure, what the browser showed: the page's HTML and a screenshot in target/screenshots. */
    @org.junit.jupiter.api.extension.RegisterExtension
    static final org.junit.jupiter.api.extension.TestWatcher DUMP = ConsoleBrowserTest.DUMP;

    @TestHTTPResource("/")
    URL console;

    @BeforeAll
    static void browser() {
        // its own browser, handed to ConsoleBrowserTest's helpers (submit, text, screenshot) while this class runs
        ConsoleBrowserTest.browser = ConsoleBrowserTest.startBrowser();
    }

    @AfterAll
    static void close() {
        if (ConsoleBrowserTest.browser != null) {
            ConsoleBrowserTest.browser.quit();
            ConsoleBrowserTest.browser = null;
        }
    }

    /** The demo's history, balances first, then the account events once retention knows every client. */
    static LocalDate history() {
        LocalDate lastDay = LocalDate.now(BRANCH).minusDays(1);
        DemoHistory.Plan plan = DemoHistory.plan(lastDay);
        try (KafkaTestClient kafka = new KafkaTestClient(RealSuite.kafka())) {
            kafka.sendCloudEvents(outgoing(plan.balances()));
            Map<String, String> known = new LinkedHashMap<>();
            plan.messages().stream().map(DemoHistory.Message::clientId).distinct()
                    .forEach(c -> known.put("/api/v1/clients/" + c + "/churn-risk", c));
            awaitAll("retention-service", known);
            kafka.sendCloudEvents(outgoing(plan.accountEvents()));
        }
        Map<String, String> raised = new LinkedHashMap<>();
        for (DemoHistory.Signal s : plan.lastSignals()) {
            raised.put("/api/v1/clients/" + s.clientId() + "/churn-risk?asOf=" + DemoHistory.at(s).plusSeconds(60),
                    "\"kind\":\"" + s.kind() + "\"");
        }
        awaitAll("retention-service", raised);
        return lastDay;
    }

    private static java.util.List<KafkaTestClient.Outgoing> outgoing(java.util.List<DemoHistory.Message> messages) {
        return messages.stream().map(m -> new KafkaTestClient.Outgoing(m.topic(), m.id(), m.type(), m.clientId(), m.json()))
                .toList();
    }

    /**
     * On the /churn-model page shown, a fit of the year up to {@code lastDay} started as a manager does it; back once
     * the page that replaced the form shows the fit's evidence or its failure (it looks again every few seconds
     * while the job runs). ConsoleScreenshots uses it too.
     */
    static void fitTheYear(WebDriver browser, LocalDate lastDay) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("fit-from")),
                lastDay.minusDays(DemoHistory.DAYS).toString());
        js.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("fit-to")), lastDay.toString());
        WebElement start = browser.findElement(By.id("start-fit"));
        start.click();
        // the form's page may show an earlier fit's evidence: only the page after it counts
        new WebDriverWait(browser, Duration.ofSeconds(180)).until(d -> ConsoleBrowserTest.isGone(start)
                && (!d.findElements(By.id("auc")).isEmpty() || !d.findElements(By.id("fit-failed")).isEmpty()));
    }

    @Test
    void aManagerFitsReadsTheEvidenceAndAdoptsAndAnAdvisorCannot() throws Exception {
        LocalDate lastDay = history();
        var browser = ConsoleBrowserTest.browser;
        signIn("manager", "Zhou Manager");

        browser.get(url("/churn-model?lang=zh"));
        assertThat(browser.findElement(By.id("version-in-force")).getText()).isEqualTo("1");
        assertThat(text()).contains("如何阅读本页", "配置的权重");
        fitTheYear(browser, lastDay);
        assertThat(browser.getCurrentUrl()).contains("/churn-model?fit=");
        assertThat(browser.findElements(By.id("fit-failed"))).as(text()).isEmpty();

        double auc = Double.parseDouble(browser.findElement(By.id("auc")).getText());
        double configured = Double.parseDouble(browser.findElement(By.id("auc-configured")).getText());
        assertThat(auc).as("the history's story is learned").isGreaterThan(0.7).isGreaterThan(configured + 0.1);
        assertThat(text()).contains("学习所得 AUC", "投诉 COMPLAINT", "资产流出 ASSET_OUTFLOW", "校准");
        int complaint = learned("COMPLAINT");
        int withdrawal = learned("LARGE_WITHDRAWAL");
        assertThat(complaint).as("a complaint weighs far more than its configured 20").isGreaterThan(40);
        assertThat(withdrawal).as("a withdrawal weighs more than its configured 30").isGreaterThan(40);
        assertThat(learned("ASSET_OUTFLOW")).as("an outflow predicts nothing here").isLessThan(20);
        assertThat(browser.findElement(By.cssSelector("#kind-NEGLECT .learned")).getText()).contains("未学习");
        assertThat(browser.findElement(By.cssSelector("#kind-NEGLECT td:nth-child(5)")).getText())
                .as("a kind not learned shows no estimate, not a coefficient of 0").isEqualTo("—");
        assertThat(browser.findElement(By.cssSelector("#kind-COMPLAINT td:nth-child(6)")).getText()).startsWith("[");
        assertThat(browser.findElements(By.cssSelector("#calibration tbody tr"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#weights-chart canvas"))).as("the chart is drawn").isNotEmpty();
        screenshot("churn-model-zh");

        browser.get(url("/churn-model?lang=en"));
        assertThat(text()).contains("How to read this page", "AUC learned", "Complaint COMPLAINT", "Asset outflow ASSET_OUTFLOW",
                "Adopt these weights");
        assertThat(learned("COMPLAINT")).isEqualTo(complaint);
        screenshot("churn-model-en");

        submit(browser.findElement(By.id("adopt")));
        assertThat(browser.getCurrentUrl()).contains("/churn-model?fit=");
        assertThat(browser.findElement(By.id("version-in-force")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("adopted-by")).getText()).isEqualTo("Zhou Manager");
        assertThat(browser.findElement(By.id("adopted-as")).getText()).contains("2");
        assertThat(browser.findElements(By.id("adopt"))).as("the version in force is not offered again").isEmpty();
        assertThat(browser.findElement(By.cssSelector("#kind-COMPLAINT td:nth-child(4)")).getText())
                .isEqualTo(String.valueOf(complaint));
        assertThat(awaitJson("retention-service", "/api/v1/churn-weights", "\"version\":2"))
                .contains("\"COMPLAINT\":" + complaint);

        String fitId = browser.getCurrentUrl().replaceAll(".*fit=([0-9a-fA-F-]{36}).*", "$1");

        // an advisor: no link, the page refused, and an adoption posted with a valid token refused and changes nothing
        signIn("advisor", "wang.fang");
        assertThat(browser.findElements(By.id("nav-churn-model"))).isEmpty();
        browser.get(url("/churn-model?lang=zh"));
        assertThat(browser.findElement(By.id("churn-refused")).getText()).contains("营业部经理");
        Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var token = document.querySelector('input[name="%s"]').value;
                fetch('/churn-model/fits/%s/adoption', {method: 'POST', body: new URLSearchParams({'%s': token})})
                  .then(function (r) { done(r.status); }, function (e) { done(String(e)); });""".formatted(
                dev.kehu.console.auth.CsrfToken.PARAMETER, fitId, dev.kehu.console.auth.CsrfToken.PARAMETER));
        assertThat(status).isEqualTo(403L);
        assertThat(awaitJson("retention-service", "/api/v1/churn-weights", "\"version\"")).contains("\"version\":2,");
    }

    private static int learned(String kind) {
        return Integer.parseInt(ConsoleBrowserTest.browser.findElement(By.cssSelector("#kind-" + kind + " .learned")).getText().strip());
    }

    private String url(String path) {
        return console.toString().replaceAll("/$", "") + path;
    }

    private void signIn(String role, String name) {
        var browser = ConsoleBrowserTest.browser;
        browser.manage().deleteAllCookies();
        browser.get(url("/?lang=zh"));
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
        new Select(browser.findElement(By.id("role"))).selectByValue(role);
        browser.findElement(By.id("name")).sendKeys(name);
        submit(browser.findElement(By.cssSelector("#sign-in button")));
        assertThat(browser.getCurrentUrl()).doesNotEndWith("/sign-in");
    }
}
