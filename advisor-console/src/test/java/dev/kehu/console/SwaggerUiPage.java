package dev.kehu.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.kehu.testsupport.KehuInfra;

/**
 * A service's Swagger UI ({@code /q/swagger-ui}) as a front-end developer uses it: Authorize with a bearer
 * token, open an operation, "Try it out", Execute, read the status of the live response.
 */
final class SwaggerUiPage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    SwaggerUiPage(WebDriver browser, String serviceUrl) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(serviceUrl + "/q/swagger-ui/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.authorize")));
    }

    /** Authorize ▸ paste the token into the bearer scheme's field ▸ Authorize ▸ Close. */
    void authorize(String token) {
        browser.findElement(By.cssSelector("button.authorize")).click();
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".modal-ux .auth-container input")));
        field.sendKeys(token);
        browser.findElement(By.cssSelector(".modal-ux .auth-btn-wrapper button.authorize")).click();
        browser.findElement(By.cssSelector(".modal-ux button.btn-done")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-ux")));
    }

    /**
     * Opens the operation (unless open), tries it out with its defaults and returns the HTTP status Swagger UI
     * shows for this execution.
     */
    String tryItOut(String tag, String operationId) {
        WebElement op = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.id("operations-" + tag + "-" + operationId)));
        if (op.findElements(By.cssSelector("button.try-out__btn")).isEmpty()) {
            op.findElement(By.cssSelector(".opblock-summary-control")).click();
        }
        WebElement tryOut = wait.until(ExpectedConditions.elementToBeClickable(
                op.findElement(By.cssSelector("button.try-out__btn"))));
        if (!tryOut.getText().contains("Cancel")) {
            tryOut.click();
        }
        By status = By.cssSelector("#operations-" + tag + "-" + operationId
                + " .live-responses-table .response .response-col_status");
        // tried before on this page: Clear takes the last answer away, so the one read below is the new one
        op.findElements(By.cssSelector("button.btn-clear")).forEach(WebElement::click);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(status));
        op.findElement(By.cssSelector("button.execute")).click();
        WebElement shown = wait.until(ExpectedConditions.visibilityOfElementLocated(status));
        // the screenshot after this shows the answer, not the form above it
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", shown);
        return shown.getText().trim();
    }

    /**
     * A token exactly as a developer gets one: {@code ./kehu token --role ...}, run as a process, with the
     * local data folder's {@code keys} pointing at this run's key pair (the services trust that key).
     */
    static String kehuToken(String role) {
        try {
            Path data = Files.createTempDirectory("kehu-token-");
            Files.createSymbolicLink(data.resolve("keys"), KehuInfra.get().tokens().publicKeyFile().getParent());
            Path home = Path.of(System.getProperty("kehu.home", "..")).toAbsolutePath().normalize();
            ProcessBuilder pb = new ProcessBuilder("bash", home.resolve("kehu").toString(), "token", "--role", role)
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            pb.environment().put("KEHU_DATA_DIR", data.toString());
            Process p = pb.start();
            String token = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || token.isEmpty()) {
                throw new IllegalStateException("./kehu token failed: exit " + p.exitValue() + ", output " + token);
            }
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
