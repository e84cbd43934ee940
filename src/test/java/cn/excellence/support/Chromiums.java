package cn.excellence.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The Chromium processes of this test JVM. A start costs seconds (more on a busy machine), so a closed browser is
 * wiped — its other tabs, the page, cookies, local and session storage, IndexedDB and service workers of the site,
 * the HTTP cache, the network conditions and the downloads — and handed to the next browser that asks for the same
 * screen and language; one that cannot be wiped is ended. At most {@value #MAX_IDLE} wait; they end with the JVM.
 */
final class Chromiums {

    /** One Chromium with its driver and its own profile directory. */
    record Chromium(String kind, ChromeDriver driver, Path profile) {

        Path downloads() {
            return profile.resolve("downloads");
        }
    }

    private static final int MAX_IDLE = 2;
    private static final Deque<Chromium> IDLE = new ArrayDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Chromiums::endIdle, "chromium-shutdown"));
    }

    private Chromiums() {
    }

    /** A wiped Chromium of this kind if one waits, a new one otherwise. */
    static Chromium take(String language, int width, int height) throws IOException {
        String kind = language + " " + width + "x" + height;
        synchronized (IDLE) {
            for (Iterator<Chromium> idle = IDLE.iterator(); idle.hasNext();) {
                Chromium chromium = idle.next();
                if (chromium.kind().equals(kind)) {
                    idle.remove();
                    return chromium;
                }
            }
        }
        return launch(kind, language, width, height);
    }

    /** Wipes what {@code origin} left in the Chromium and keeps it for the next browser (or ends it). */
    static void giveBack(Chromium chromium, String origin) {
        if (!wiped(chromium, origin)) {
            end(chromium);
            return;
        }
        Chromium evicted = null;
        synchronized (IDLE) {
            IDLE.addFirst(chromium);
            if (IDLE.size() > MAX_IDLE) {
                evicted = IDLE.removeLast();
            }
        }
        if (evicted != null) {
            end(evicted);
        }
    }

    private static Chromium launch(String kind, String language, int width, int height) throws IOException {
        boolean phone = width < 500;
        String chrome = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
        String chromedriver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
        if (!new File(chrome).canExecute() || !new File(chromedriver).canExecute()) {
            throw new IllegalStateException("Browser tests need Chromium and its driver (" + chrome + ", " + chromedriver
                    + "): apt-get install chromium chromium-driver fonts-noto-cjk, as .ci/run does.");
        }
        Path profile = Files.createTempDirectory("excellence-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--disable-default-apps", "--mute-audio", "--password-store=basic",
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
                "--disable-features=Translate,MediaRouter,OptimizationHints",
                "--window-size=" + Math.max(width, 500) + "," + height, "--lang=" + language, "--user-data-dir=" + profile);
        if (phone) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true, "mobile", true)));
        }
        Path downloads = Files.createDirectories(profile.resolve("downloads"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language,
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL")); // kept when a webapp's start hangs (Browser.go)
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort().withTimeout(Browser.PATIENCE).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Browser.PATIENCE);
        return new Chromium(kind, driver, profile);
    }

    private static boolean wiped(Chromium chromium, String origin) {
        ChromeDriver driver = chromium.driver();
        try {
            List<String> tabs = new ArrayList<>(driver.getWindowHandles());
            for (String tab : tabs.subList(1, tabs.size())) {
                driver.switchTo().window(tab).close();
            }
            driver.switchTo().window(tabs.get(0));
            if (driver.getCurrentUrl().startsWith(origin)) {
                driver.executeScript("window.sessionStorage.clear()"); // the tab's own storage, which the site's data below leaves
            }
            driver.get("about:blank");
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.emulateNetworkConditions",
                    Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
            try (Stream<Path> files = Files.list(chromium.downloads())) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            return true;
        } catch (RuntimeException | IOException e) {
            return false;
        }
    }

    private static void end(Chromium chromium) {
        try {
            chromium.driver().quit();
        } catch (RuntimeException ignored) {
            // already gone
        }
        try (Stream<Path> files = Files.walk(chromium.profile())) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }

    private static void endIdle() {
        List<Chromium> idle;
        synchronized (IDLE) {
            idle = new ArrayList<>(IDLE);
            IDLE.clear();
        }
        idle.forEach(Chromiums::end);
    }
}
