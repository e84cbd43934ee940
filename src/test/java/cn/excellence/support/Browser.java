package cn.excellence.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NotFoundException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (both installed by {@code .ci/run}; the
 * paths can be changed with CHROME_BIN and CHROMEDRIVER). Screenshots of every step are kept under
 * {@code target/browser-screenshots}; page source is kept too when a step fails. A test JVM reuses its Chromium
 * processes, wiped between browsers ({@link Chromiums}): a start costs seconds.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    /** How long a step may take on a busy machine (a second build beside this one): every wait is for a condition, this is its bound. */
    public static final Duration PATIENCE = Duration.ofSeconds(60);
    /**
     * How often a wait looks again. Selenium's default (half a second) adds a quarter second on average to every wait
     * that does not hold at once (a page load, a list, a confirmation): several per step.
     */
    private static final Duration POLL = Duration.ofMillis(100);
    /** The look interval of {@link #waitUntilSettled}: three unchanged looks span 450 ms, longer than form-js's 300 ms input debounce. */
    private static final Duration SETTLE_POLL = Duration.ofMillis(150);
    private static final String SNAPSHOT = "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.outerHTML + '|'"
            + " + Array.from(e.querySelectorAll('input, textarea, select')).map(f => f.value + ':' + f.checked).join('|')).join('||')";

    private static final String WEBAPPS = "/camunda/app/";
    /** Camunda's webapps show a splash spinner in their view until the app has started and routed. */
    private static final String WEBAPP_STARTED = "return document.readyState === 'complete' && !document.querySelector('.app-splash')";
    private static final String LOADED = "return performance.getEntriesByType('resource')"
            + ".map(r => r.name + ' ' + Math.round(r.duration) + 'ms ' + r.responseStatus).join('\\n')";
    /** What chromedriver answers when the page navigates under a command. */
    private static final List<String> NAVIGATING = List.of("aborted by navigation", "navigated or closed",
            "Execution context was destroyed", "Cannot find context with specified id", "frame detached");

    private final Chromiums.Chromium chromium;
    private final ChromeDriver driver;
    private final String baseUrl;
    private final String name;
    private int step;

    private Browser(Chromiums.Chromium chromium, String baseUrl, String name) {
        this.chromium = chromium;
        this.driver = chromium.driver();
        this.baseUrl = baseUrl;
        this.name = name;
    }

    /** A browser that keeps nothing from before (no cookies, no storage, no cache) whose preferred language is {@code language}. */
    public static Browser open(int port, String name, String language) {
        return open(port, name, language, 1600, 1000);
    }

    /**
     * The same as a phone: a 390×844 screen (CSS pixels, an iPhone 12–14), touch, the page's viewport honoured.
     * Chromium's window cannot be narrower than 500 pixels, so the phone is emulated inside it.
     */
    public static Browser openPhone(int port, String name, String language) {
        return open(port, name, language, 390, 844);
    }

    /**
     * A browser with a screen of {@code width}×{@code height} CSS pixels (below 500 wide: a phone, as {@link #openPhone})
     * that keeps nothing from before: a Chromium of this JVM is reused only wiped ({@link Chromiums}).
     */
    public static Browser open(int port, String name, String language, int width, int height) {
        try {
            Chromiums.Chromium chromium = Chromiums.take(language, width, height);
            Files.createDirectories(SCREENSHOTS);
            try (Stream<Path> earlier = Files.list(SCREENSHOTS)) {
                for (Path file : earlier.filter(f -> f.getFileName().toString().startsWith(name + "-")).toList()) {
                    Files.delete(file);
                }
            }
            return new Browser(chromium, "http://localhost:" + port, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the browser saves downloads, without asking. */
    public Path downloads() {
        return chromium.downloads();
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Opens a page. A page of Camunda's webapps ({@code /camunda/app/...}) is waited for until its app has started:
     * its splash spinner has given way to a view (the login form, say). A start that has not happened in half the
     * {@link #PATIENCE} is reloaded once, as a user would; the stuck page, its console and what it loaded are kept under
     * {@link #SCREENSHOTS} ({@code NAME-webapp-stuck.*}) and the reload is reported on stderr.
     */
    public void go(String path) {
        driver.get(baseUrl + path);
        if (path.startsWith(WEBAPPS)) {
            awaitWebappStart(path);
        }
    }

    private void awaitWebappStart(String path) {
        try {
            until(PATIENCE.dividedBy(2), POLL, d -> Boolean.TRUE.equals(script(WEBAPP_STARTED)));
        } catch (TimeoutException stuck) {
            keepStuckPage(path);
            driver.navigate().refresh();
            waitUntil(d -> Boolean.TRUE.equals(script(WEBAPP_STARTED)));
        }
    }

    private void keepStuckPage(String path) {
        screenshot("webapp-stuck");
        StringBuilder diagnosis = new StringBuilder("page: ").append(path).append('\n');
        try {
            diagnosis.append("loaded: ").append(script(LOADED)).append('\n');
            driver.manage().logs().get(LogType.BROWSER).forEach(entry -> diagnosis.append(entry).append('\n'));
            Files.writeString(SCREENSHOTS.resolve(name + "-webapp-stuck.html"), driver.getPageSource());
            Files.writeString(SCREENSHOTS.resolve(name + "-webapp-stuck.txt"), diagnosis);
        } catch (IOException | RuntimeException e) {
            diagnosis.append("(diagnosis incomplete: ").append(e).append(')');
        }
        System.err.println("[browser " + name + "] the webapp at " + path + " had not started after "
                + PATIENCE.dividedBy(2).toSeconds() + " s; reloaded once. " + diagnosis);
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /**
     * Waits at most {@code patience} until {@code condition} holds, looking every {@code poll}. A look that meets the
     * page navigating (a redirect to the login page, say: the driver answers "aborted by navigation" or "target
     * navigated or closed") or an element the page re-rendered since it was found (a stale reference) is a look that
     * did not hold yet.
     */
    private <T> T until(Duration patience, Duration poll, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, patience, poll).until(d -> {
            try {
                return condition.apply(d);
            } catch (WebDriverException e) {
                if (navigating(e) || e instanceof StaleElementReferenceException) {
                    return null;
                }
                throw e;
            }
        });
    }

    private static boolean navigating(WebDriverException e) {
        String message = String.valueOf(e.getMessage());
        return !(e instanceof NotFoundException) && NAVIGATING.stream().anyMatch(message::contains);
    }

    public WebElement waitFor(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebElement waitForClickable(By by) {
        return waitUntil(ExpectedConditions.elementToBeClickable(by));
    }

    /**
     * Clicks the element {@code by} finds once it is clickable. An element the page re-rendered between finding and
     * clicking (a stale reference) is looked up again: the click is on what the user sees, not on a node that left.
     */
    public void click(By by) {
        waitUntil(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return null;
            }
            element.click();
            return true;
        });
    }

    public void waitForText(By by, String text) {
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Waits until {@code condition} holds, for at most {@link #PATIENCE}, looking every {@link #POLL}. */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return guarded(() -> until(PATIENCE, POLL, condition));
    }

    /**
     * Waits until {@code condition} holds, for at most {@code patience}, looking every {@link #POLL}; a time-out is
     * thrown without a screenshot: the caller expects it may not hold.
     */
    public <T> T waitUntil(Duration patience, Function<WebDriver, T> condition) {
        return until(patience, POLL, condition);
    }

    /**
     * Waits until the elements the CSS selector finds stop changing (their markup and their fields' values are the same
     * in four looks {@link #SETTLE_POLL} apart): after a re-render, say, that follows a click or a debounced input.
     * Bounded by {@link #PATIENCE}.
     */
    public void waitUntilSettled(String cssSelector) {
        guarded(() -> until(PATIENCE, SETTLE_POLL, new Function<WebDriver, Boolean>() {
            private String last;
            private int same;

            @Override
            public Boolean apply(WebDriver d) {
                String now = String.valueOf(script(SNAPSHOT, cssSelector));
                same = now.equals(last) ? same + 1 : 0;
                last = now;
                return same >= 3;
            }
        }));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Logs the current user out by forgetting the session: the next page is the login page. */
    public void forgetSession() {
        driver.manage().deleteAllCookies();
        script("window.localStorage.clear(); window.sessionStorage.clear();");
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * Types into a field the way a user does: clear it first. A field the page re-rendered under the typing (a stale
     * reference) is looked up, cleared and typed into again.
     */
    public void type(By by, CharSequence... keys) {
        waitUntil(d -> {
            WebElement field = ExpectedConditions.visibilityOfElementLocated(by).apply(d);
            if (field == null) {
                return null;
            }
            field.clear();
            field.sendKeys(keys);
            return true;
        });
    }

    public void screenshot(String what) {
        step++;
        Path file = SCREENSHOTS.resolve("%s-%02d-%s.png".formatted(name, step, what));
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T guarded(java.util.function.Supplier<T> wait) {
        try {
            return wait.get();
        } catch (RuntimeException e) {
            screenshot("failed");
            try {
                Files.writeString(SCREENSHOTS.resolve(name + "-failed.html"), driver.getPageSource());
            } catch (IOException ignored) {
                // the screenshot is there; the page source is a bonus
            }
            throw e;
        }
    }

    /** Ends the browser's session: its Chromium is wiped and kept for the next browser of this JVM. */
    @Override
    public void close() {
        Chromiums.giveBack(chromium, baseUrl);
    }
}
