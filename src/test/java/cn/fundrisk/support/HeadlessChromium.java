package cn.fundrisk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver (free port), for the browser tests. Both
 * must be installed (.ci/run installs them): without them the test fails, it never skips.
 * Screenshots go to target/screenshots.
 */
public final class HeadlessChromium {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private HeadlessChromium() {
    }

    /** A browser asking for the language (zh-CN, en-US); downloads go to the folder when one is given. */
    public static WebDriver open(String language, Path downloads) {
        assertThat(new File(CHROMIUM).canExecute()).as("Debian's chromium at " + CHROMIUM + " (.ci/run installs it)").isTrue();
        assertThat(new File(CHROMEDRIVER).canExecute()).as("Debian's chromium-driver at " + CHROMEDRIVER).isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1400", "--lang=" + language, "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("intl.accept_languages", language);
        if (downloads != null) {
            prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
            prefs.put("download.prompt_for_download", false);
            prefs.put("safebrowsing.enabled", false);
        }
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * Logs the browser in as a user the way a person does: Tasklist, as everyone's start page, sends an
     * unknown browser to the gate's Chinese login page (/login); the user's name and password there lead
     * back into Tasklist. Waits until Tasklist shows. Every browser test logs in here, so a change of the
     * login touches one place.
     */
    public static void logIn(WebDriver browser, String baseUrl, String user, String password) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(baseUrl + "/camunda/app/tasklist/");
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
    }

    /**
     * Renders the page as a device of this size does (Chrome's device emulation; a headless window cannot be
     * narrower than 500 px): 390 a phone, 768 a tablet, 1024 a small laptop.
     */
    public static void viewport(WebDriver browser, int width, int height) {
        ((HasCdp) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
                height, "deviceScaleFactor", 1, "mobile", width < 500));
    }

    /**
     * What breaks a page at the current width: the page scrolling sideways, or a visible table cell with text
     * that is narrower than two characters of its font (a column squeezed to a character per line). Empty when
     * the page fits; otherwise one line per problem.
     */
    @SuppressWarnings("unchecked")
    public static List<String> layoutProblems(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const problems = [];
                const page = document.documentElement;
                if (page.scrollWidth > window.innerWidth + 1) {
                  problems.push('page scrolls sideways: ' + page.scrollWidth + ' > ' + window.innerWidth);
                }
                document.querySelectorAll('td, th').forEach((cell) => {
                  const box = cell.getBoundingClientRect();
                  const text = cell.innerText.trim();
                  if (!cell.offsetParent || box.width === 0 || text.length < 2) { return; }
                  const style = getComputedStyle(cell);
                  const inner = box.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                  if (inner < 2 * parseFloat(style.fontSize)) {
                    problems.push('cell "' + text.slice(0, 12) + '" is ' + Math.round(inner) + ' px wide');
                  }
                });
                return problems;""");
    }

    public static void screenshot(WebDriver browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }
}
