package org.gefyra.it;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for the browser tests, with the axe-core accessibility audit and
 * screenshots under {@code target/screenshots}. Tests skip, with a message, where no Chromium
 * is installed, except under CI (the environment variable {@code CI} set), where a missing
 * browser fails them: a CI run never passes with its browser tests skipped.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final boolean SCREENSHOTS = !underCi() || Boolean.getBoolean("gefyra.screenshots");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    /** axe-core itself, as the axe-core Selenium library ships it. */
    private static final String AXE = axeSource();
    /**
     * Runs axe-core on the whole page with the WCAG rules and gives back its violations, as JSON.
     * Not AxeBuilder.analyze: that injects axe-core again, opens a blank tab for every audit,
     * injects axe-core there too and carries every passing node across, which made each audit take
     * over a second. The pages have no frames, so one axe.run in the page sees all that AxeBuilder saw.
     */
    private static final String AXE_RUN = "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: " + WCAG.stream().map(tag -> "'" + tag + "'")
                    .collect(Collectors.joining(", ", "[", "]")) + "}, resultTypes: ['violations']})"
            + ".then(function (results) { done(JSON.stringify(results.violations)); },"
            + " function (failed) { done('axe.run failed: ' + failed); });";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    /**
     * Runs in every page before the page's own scripts, outside its Content-Security-Policy:
     * notes each violation of the policy that the browser reports.
     */
    private static final String CSP_WATCH = "window.__gefyraCsp = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + " window.__gefyraCsp.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || '(inline)')"
            + " + ' at ' + (e.sourceFile || '') + ':' + e.lineNumber + ' ' + (e.sample || '')"
            // the element whose attribute was refused, so that the report says which one
            + " + (e.target && e.target.outerHTML ? ' in ' + e.target.outerHTML.slice(0, 300) : ''));"
            + "}, true);";

    /** How many closed browsers of one kind are kept for the next tests (SessionBrowserIT holds three at once). */
    private static final int KEPT_PER_KIND = 3;
    private static final Map<List<String>, Deque<ChromeDriver>> IDLE = new HashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitIdle, "quit the kept browsers"));
    }

    public final WebDriver driver;
    /** The extra arguments it was started with: a kept browser serves only a test that asks for the same. */
    private final List<String> kind;

    private Browser(WebDriver driver, List<String> kind) {
        this.driver = driver;
        this.kind = kind;
    }

    /** A tablet-sized browser (1024 x 768). */
    public static Browser open() {
        return open(1024, 768);
    }

    /** A tablet-sized browser with a pretend camera, as on a kiosk that has one. */
    public static Browser withCamera() {
        return open(1024, 768, "--use-fake-device-for-media-stream");
    }

    public static Browser open(int width, int height, String... moreArguments) {
        requireChromium();
        List<String> kind = List.of(moreArguments);
        ChromeDriver driver = takeIdle(kind);
        if (driver == null) {
            driver = launch(width, height, moreArguments);
        }
        driver.manage().window().setSize(new Dimension(width, height));
        return new Browser(driver, kind);
    }

    private static ChromeDriver launch(int width, int height, String... moreArguments) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--use-fake-ui-for-media-stream",
                "--window-size=" + width + "," + height);
        options.addArguments(moreArguments);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        watch(driver);
        return driver;
    }

    /** The scripts every page of the tab gets before its own, once for the browser's life: a kept browser keeps its tab. */
    private static void watch(ChromeDriver driver) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_WATCH));
        // axe-core in every page, sent once: carried into each page by the audit it took 0.3 s or more
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE));
    }

    /**
     * A browser closed by a test is kept for the next one, as good as new: starting Chromium and
     * its driver took seconds (4 to 16 measured on a busy machine), some 50 times a build, and
     * making one new takes a quarter of that. Before it is kept, its tab forgets its history and
     * session storage on a blank page, and the browser loses every cookie, its cache and the test
     * server's storage (local storage, IndexedDB and the like); timeouts and downloads are set
     * back, and the next test sets the window's size. The tab keeps only the scripts every page
     * gets ({@link #watch}). A browser that cannot be made new so is quit.
     */
    private static synchronized ChromeDriver takeIdle(List<String> kind) {
        Deque<ChromeDriver> idle = IDLE.get(kind);
        return idle == null ? null : idle.pollFirst();
    }

    private static synchronized boolean keep(List<String> kind, ChromeDriver driver) {
        Deque<ChromeDriver> idle = IDLE.computeIfAbsent(kind, k -> new ArrayDeque<>());
        if (idle.size() >= KEPT_PER_KIND) {
            return false;
        }
        idle.addLast(driver);
        return true;
    }

    private static synchronized void quitIdle() {
        IDLE.values().forEach(idle -> idle.forEach(driver -> {
            try {
                driver.quit();
            } catch (RuntimeException alreadyGone) {
                // ending anyway
            }
        }));
        IDLE.clear();
    }

    /** Makes this browser as a new one would be (see {@link #takeIdle}); false when it could not. */
    boolean renew() {
        return renew((ChromeDriver) driver);
    }

    private static boolean renew(ChromeDriver driver) {
        try {
            String tab = driver.getWindowHandle();
            for (String other : driver.getWindowHandles()) {
                if (!other.equals(tab)) {
                    driver.switchTo().window(other).close();
                }
            }
            driver.switchTo().window(tab);
            driver.executeScript("try { sessionStorage.clear(); } catch (e) { /* not a page of an origin */ }");
            // away from the test's page, whose timers (the kiosk guard, a session's live view) would go on asking
            driver.get("about:blank");
            driver.executeCdpCommand("Page.resetNavigationHistory", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            for (String host : List.of("localhost", "127.0.0.1", "127.0.0.2")) {
                driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin",
                        "http://" + host + ":" + System.getProperty("http.port", "9080"), "storageTypes", "all"));
            }
            driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "default"));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().implicitlyWait(Duration.ZERO);
            Object cookies = driver.executeCdpCommand("Network.getAllCookies", Map.of()).get("cookies");
            return cookies instanceof List<?> left && left.isEmpty();
        } catch (RuntimeException broken) {
            return false;
        }
    }

    private static void requireChromium() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && underCi()) {
            fail("CI is set, but the browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": install Debian's chromium and chromium-driver (.ci/run does)");
        }
        Assumptions.assumeTrue(installed,
                "Browser tests skipped: install Debian's chromium and chromium-driver to run them");
    }

    private static boolean underCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    public Browser go(String path) {
        driver.get(Server.url(path));
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public void click(String css) {
        find(css).click();
    }

    /** Clicks something that loads another page, and waits until it has. */
    public void submit(String css) {
        submit(find(css));
    }

    public void submit(WebElement element) {
        WebElement page = find("html");
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    public void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String path() {
        return driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
    }

    /** What the Content-Security-Policy refused on this page so far, as the browser reported it. */
    @SuppressWarnings("unchecked")
    public List<String> policyViolations() {
        Object reported = ((JavascriptExecutor) driver).executeScript("return window.__gefyraCsp || null;");
        if (reported == null) {
            throw new AssertionError("The page " + path() + " was not watched for policy violations");
        }
        return ((List<Object>) reported).stream().map(String::valueOf).toList();
    }

    /** Fails when the Content-Security-Policy refused anything on this page: a script, a style, a handler. */
    public void assertNoPolicyViolations(String what) {
        List<String> violations = policyViolations();
        if (!violations.isEmpty()) {
            evidence("csp-" + what);
            fail("Content-Security-Policy violations on " + what + " (" + path() + "):\n- "
                    + String.join("\n- ", violations));
        }
    }

    /**
     * Runs axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules; any violation fails the test,
     * and so does any violation of the Content-Security-Policy on the page (checked first, before
     * axe adds its own script).
     */
    public void audit(String what) {
        assertNoPolicyViolations(what);
        List<Rule> violations = axeViolations();
        if (!violations.isEmpty()) {
            evidence("axe-" + what);
            fail("Accessibility violations on " + what + " (" + path() + "):\n" + violations.stream()
                    .map(v -> "- " + v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                            .limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
    }

    private List<Rule> axeViolations() {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(AXE);
        }
        String violations = String.valueOf(page.executeAsyncScript(AXE_RUN));
        if (!violations.startsWith("[")) {
            fail("The accessibility audit did not run on " + path() + ": " + violations);
        }
        try {
            return JSON.readValue(violations, new TypeReference<List<Rule>>() { });
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String axeSource() {
        try (InputStream axe = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            if (axe == null) {
                throw new IllegalStateException("axe.min.js is not beside AxeBuilder");
            }
            return new String(axe.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /**
     * Lets the browser save downloads into a folder of its own under {@code target/}, without
     * asking; returns the folder. Headless Chromium saves nothing otherwise.
     */
    public Path downloads(String name) {
        try {
            Path dir = Path.of(System.getProperty("gefyra.build.dir", "target"), "downloads", name);
            Files.createDirectories(dir);
            try (Stream<Path> old = Files.list(dir)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            ((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
            return dir;
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** Waits for a download into the folder to finish and gives its bytes. */
    public byte[] downloaded(Path dir, String suffix) {
        Path[] found = new Path[1];
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> all = files.toList();
                // Chromium makes the file empty first and writes into a .crdownload beside it until done.
                found[0] = all.stream().filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
                return found[0] != null && Files.size(found[0]) > 0
                        && all.stream().noneMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
            } catch (IOException notYet) {
                return false;
            }
        });
        try {
            return Files.readAllBytes(found[0]);
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** A screenshot of the whole page, however long, at the window's width. */
    public Path screenshotWhole(String name) {
        if (!SCREENSHOTS) {
            return null;
        }
        Dimension window = driver.manage().window().getSize();
        Object height = ((ChromeDriver) driver).executeScript(
                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
        driver.manage().window().setSize(new Dimension(window.getWidth(), Math.max(window.getHeight(),
                ((Number) height).intValue() + 100)));
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /**
     * A screenshot under {@code target/screenshots}, for people to look at the pages; none under CI
     * (nobody looks there, and hundreds of them cost minutes) unless {@code -Dgefyra.screenshots=true}.
     * Returns the file, or null when none was taken.
     */
    public Path screenshot(String name) {
        return SCREENSHOTS ? evidence(name) : null;
    }

    /** A screenshot that is always taken: of what a failing check saw. */
    public Path evidence(String name) {
        try {
            Path dir = Path.of(System.getProperty("gefyra.build.dir", "target"), "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            Files.write(file, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** Ends the test's use of the browser: kept, made new, for the next test (see {@link #takeIdle}), or quit. */
    @Override
    public void close() {
        ChromeDriver chrome = (ChromeDriver) driver;
        if (!renew(chrome) || !keep(kind, chrome)) {
            driver.quit();
        }
    }
}
