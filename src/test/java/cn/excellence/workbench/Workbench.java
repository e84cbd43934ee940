package cn.excellence.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import cn.excellence.support.Browser;

/** What a user does in the workbench (工作台): log in, switch tabs, open a task from 待办, submit its form. */
public final class Workbench {

    static final By FORM = By.cssSelector(".form-box .fjs-form");
    static final By NOTICE = By.id("notice");

    private Workbench() {
    }

    /** Opens the workbench, is sent to the shared login, logs in and comes back to the workbench. */
    static void logIn(Browser browser, String user) {
        browser.go("/workbench/");
        signIn(browser, user);
        browser.waitUntil(d -> user.equals(d.findElement(By.id("user")).getAttribute("data-user")));
        assertThat(browser.waitFor(By.id("user")).getText()).as("the user's name, not the id").isNotBlank().isNotEqualTo(user);
        assertThat(browser.path()).startsWith("/workbench/");
    }

    /** The shared login page (/admin/login), as any of our pages sends a user there. */
    static void signIn(Browser browser, String user) {
        browser.waitFor(By.id("login-form"));
        browser.type(By.id("username"), user);
        browser.type(By.id("password"), user);
        browser.click(By.id("login-submit"));
    }

    /** Logs out (forgets the session and what the page kept) and logs in as {@code user}. */
    static void switchUser(Browser browser, String user) {
        logOut(browser);
        logIn(browser, user);
    }

    /** Forgets the session and what our pages kept (nothing to forget before the first page). */
    static void logOut(Browser browser) {
        if (browser.driver().getCurrentUrl().startsWith("http")) {
            browser.forgetSession();
        }
    }

    /** Taps a tab (待办, 已办, 我的事项, 发起) and waits for its view. */
    static void tab(Browser browser, String label) {
        browser.click(By.xpath("//nav[@id='tabs']//a[normalize-space() = '" + label + "']"));
        browser.waitForText(By.cssSelector("#view .view-title"), label);
    }

    /** The card of this task under 待办 (waits for it). */
    static WebElement taskCard(Browser browser, String taskId) {
        return browser.waitFor(By.cssSelector("li.card[data-task-id='" + taskId + "']"));
    }

    /** Taps the task's card under 待办 (one tap: claimed if need be, and opened) and waits for its form. */
    static void openTask(Browser browser, String taskId, String name) {
        tab(browser, "待办");
        tap(browser, By.cssSelector("li.card[data-task-id='" + taskId + "'] button"));
        browser.waitForText(By.cssSelector("#view .view-title"), name);
        browser.waitFor(FORM);
        browser.waitUntilSettled(".fjs-form");
    }

    /**
     * Scrolls the element to the middle of the screen, as a thumb does before it taps (on a phone the tab bar covers the
     * bottom of the screen), and taps it.
     */
    public static void tap(Browser browser, By by) {
        browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.waitFor(by));
        browser.click(by);
    }

    /** Taps the radio button or checkbox labelled {@code label} in the opened form. */
    static void choose(Browser browser, String label) {
        tap(browser, By.xpath("//label[normalize-space() = '" + label + "']"));
    }

    /** Taps 提交 and waits for the confirmation; returns its next step line. */
    static String submit(Browser browser, String name) {
        tap(browser, By.cssSelector("button.submit"));
        browser.waitForText(NOTICE, "已提交：" + name);
        String next = browser.waitFor(By.cssSelector(".confirmation .next-step")).getText();
        browser.screenshot("submitted");
        return next;
    }

    /** The browser's network goes away (or comes back), as on a phone out of reach of the mast. */
    static void offline(Browser browser, boolean offline) {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Waits until the service worker controls the page (the shell and the form library are cached). */
    static void waitForServiceWorker(Browser browser) {
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("return !!navigator.serviceWorker.controller")));
    }
}
