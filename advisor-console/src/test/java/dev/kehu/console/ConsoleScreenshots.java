package dev.kehu.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.kehu.testsupport.DevTokens;

/**
 * Takes the screenshots of {@code docs/console/} from a live suite filled by {@code ./kehu demo}: every page in
 * Chinese and English at 1366 and 1024 pixels wide ({@code <page>-<lang>-<width>.png}), signed in through the
 * development sign-in as the demo advisor wang.fang and as a manager. Not part of {@code verify}: it runs only
 * when {@code kehu.live.console} names the console, e.g.
 * <pre>
 * KEHU_DATA_DIR=/tmp/w26 ./kehu up --fresh &amp;   ./kehu demo --data-dir /tmp/w26
 * ./mvnw -o -B -q -pl advisor-console -am verify -Dtest=ConsoleScreenshots -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dkehu.live.console=http://localhost:8080 -Dkehu.live.data-dir=/tmp/w26 -Dkehu.screenshots.dir=$PWD/docs/console
 * </pre>
 * It reads which task and client to show from retention-service (a token signed with the run's key), takes every
 * page, and fails at the end naming each page on which a section is wider than its box.
 */
@EnabledIfSystemProperty(named = "kehu.live.console", matches = "https?://.+")
class ConsoleScreenshots {

    static final String ADVISOR = "wang.fang";
    static final String RETENTION = System.getProperty("kehu.live.retention", "http://localhost:8083");
    static final int[] WIDTHS = {1366, 1024};
    /** The tallest screenshot: a page longer than this is cut (its top is what a person sees first). */
    static final int MAX_HEIGHT = 4000;

    private final String console = System.getProperty("kehu.live.console").replaceAll("/$", "");
    private final DevTokens tokens = DevTokens.inDirectory(Path.of(System.getProperty("kehu.live.data-dir", ".kehu"), "keys"));
    private final Path dir = ConsoleBrowserTest.screenshotsDir();
    private final List<String> overflows = new ArrayList<>();
    private WebDriver browser;

    record Shot(String name, String path) {
    }

    @Test
    void everyPageInBothLanguagesAtBothWidths() throws Exception {
        String open = first("/api/v1/retention-tasks?status=OPEN&assignee=" + ADVISOR + "&size=100", "taskId", "\"stage\":\"PROPOSE\"");
        String closed = first("/api/v1/retention-tasks?status=CLOSED&assignee=" + ADVISOR + "&size=1", "taskId", null);
        String client = field(get("/api/v1/retention-tasks/" + open), "clientId");
        browser = chrome();
        try {
            shoot(List.of(new Shot("sign-in", "/sign-in")));
            signIn("advisor", ADVISOR);
            shoot(List.of(new Shot("home", "/"), new Shot("clients", "/clients"), new Shot("client", "/clients/" + client),
                    new Shot("questionnaire", "/clients/" + client + "/questionnaire"), new Shot("task", "/tasks/" + open),
                    new Shot("task-closed", "/tasks/" + closed), new Shot("campaigns", "/campaigns")));
            browser.findElement(By.id("sign-out")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/sign-in"));
            signIn("manager", "经理 陈");
            shoot(List.of(new Shot("home-manager", "/"), new Shot("campaign-new", "/campaigns/new"),
                    new Shot("products", "/products"), new Shot("stats", "/stats")));
            if (wanted("churn-model")) {
                fitOnThePage();
                shoot(List.of(new Shot("churn-model", "/churn-model")));
            }
        } finally {
            browser.quit();
        }
        assertThat(overflows).as("sections wider than their box").isEmpty();
    }

    /** {@code -Dkehu.screenshots.only=a,b} retakes only those pages, leaving the other files as they are. */
    private static boolean wanted(String name) {
        String only = System.getProperty("kehu.screenshots.only", "");
        return only.isBlank() || List.of(only.split(",")).contains(name);
    }

    /** The demo's year of history fitted as a manager does it, on the page: the fit shown is the one just made. */
    private void fitOnThePage() {
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(console + "/churn-model?lang=en");
        ChurnModelBrowserTest.fitTheYear(browser, LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1));
        assertThat(browser.findElements(By.id("fit-failed"))).as("the demo's history fits").isEmpty();
    }

    private void shoot(List<Shot> shots) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        for (Shot shot : shots) {
            if (!wanted(shot.name())) {
                continue;
            }
            for (String lang : List.of("zh", "en")) {
                for (int width : WIDTHS) {
                    browser.manage().window().setSize(new Dimension(width, 900));
                    browser.get(console + shot.path() + (shot.path().contains("?") ? "&" : "?") + "lang=" + lang);
                    Thread.sleep(600); // the charts draw once the page has loaded
                    JavascriptExecutor js = (JavascriptExecutor) browser;
                    String wide = (String) js.executeScript("""
                            var out = [];
                            if (document.documentElement.scrollWidth > window.innerWidth + 1) { out.push('the page'); }
                            document.querySelectorAll('section').forEach(function (s) {
                              if (s.scrollWidth > s.clientWidth + 1) { out.push(s.id || s.className); }
                            });
                            return out.join(', ');""");
                    if (!wide.isEmpty()) {
                        overflows.add(shot.name() + "-" + lang + "-" + width + ": " + wide);
                    }
                    // the window is taller than what it shows by the browser's own bars: the whole page fits
                    long height = ((Number) js.executeScript("return document.documentElement.scrollHeight"
                            + " + window.outerHeight - window.innerHeight;")).longValue();
                    browser.manage().window().setSize(new Dimension(width, (int) Math.min(MAX_HEIGHT, height)));
                    Thread.sleep(300);
                    Files.write(dir.resolve(shot.name() + "-" + lang + "-" + width + ".png"),
                            ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
                }
            }
        }
    }

    private void signIn(String role, String name) {
        browser.get(console + "/sign-in?lang=zh");
        new Select(browser.findElement(By.id("role"))).selectByValue(role);
        browser.findElement(By.id("name")).sendKeys(name);
        WebElement button = browser.findElement(By.cssSelector("#sign-in button"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().endsWith("/sign-in"));
    }

    private static WebDriver chrome() {
        return ConsoleBrowserTest.startBrowser("--hide-scrollbars", "--window-size=1366,900");
    }

    /** The {@code name} of the first row of the list at {@code path}, preferring one whose text contains {@code prefer}. */
    private String first(String path, String name, String prefer) throws IOException, InterruptedException {
        String body = get(path);
        String[] rows = body.split("\\{\"" + name + "\":");
        assertThat(rows.length).as("a row in %s", body).isGreaterThan(1);
        for (int i = 1; prefer != null && i < rows.length; i++) {
            if (rows[i].contains(prefer)) {
                return field("{\"" + name + "\":" + rows[i], name);
            }
        }
        return field("{\"" + name + "\":" + rows[1], name);
    }

    private String get(String path) throws IOException, InterruptedException {
        String token = tokens.token("screenshots", List.of("manager"), null, Duration.ofMinutes(30));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(RETENTION + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("%s → %s", path, r.body()).isEqualTo(200);
        return r.body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as("%s in %s", name, json).isTrue();
        return m.group(1);
    }
}
