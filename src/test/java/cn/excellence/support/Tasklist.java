package cn.excellence.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a user does in Camunda Tasklist (Chinese): log in, switch user, open a task from the list, claim it, fill
 * its form fields by their labels, complete it, start a process from 启动流程.
 */
public final class Tasklist {

    private Tasklist() {
    }

    /** Opens Tasklist, logs in and waits for the task list. */
    public static void logIn(Browser browser, String user) {
        browser.go("/camunda/app/tasklist/default/");
        signIn(browser, user);
        browser.waitFor(By.cssSelector(".tasks-list"));
    }

    /**
     * Fills the webapps' login form on the page shown (Tasklist's, Cockpit's, Admin's) and sends it; the form can
     * re-render while it is typed into, so what was typed is checked first.
     */
    public static void signIn(Browser browser, String user) {
        By username = By.cssSelector("input[ng-model='username']");
        By password = By.cssSelector("input[ng-model='password']");
        for (int attempt = 0; attempt < 3; attempt++) {
            browser.type(username, user);
            browser.type(password, user);
            if (user.equals(browser.waitFor(username).getDomProperty("value"))
                    && user.equals(browser.waitFor(password).getDomProperty("value"))) {
                break;
            }
        }
        browser.click(By.cssSelector("form[name='signinForm'] button[type='submit']"));
    }

    /** The first {@code tag} (input, textarea) after the label that contains {@code label}. */
    public static By field(String label, String tag) {
        return By.xpath("//label[contains(normalize-space(), '" + label + "')]/following::" + tag + "[1]");
    }

    /**
     * Types into a Camunda Form field and leaves it, as a user does, then waits until the form has settled (form-js
     * debounces input by 300 ms and re-renders): a value typed while the form re-renders (after a radio button, say)
     * can be dropped, so it is typed again.
     */
    public static void fill(Browser browser, By field, String text) {
        for (int attempt = 0; attempt < 3; attempt++) {
            browser.type(field, text, Keys.TAB);
            browser.waitUntilSettled(".fjs-form");
            if (text.equals(browser.waitFor(field).getDomProperty("value"))) {
                return;
            }
        }
        throw new IllegalStateException("the form keeps dropping " + text);
    }

    /** Opens 启动流程 (on a phone, from the menu behind ☰ first) and picks the process by its name: its start form opens. */
    public static void openStartForm(Browser browser, String processName) {
        By startProcess = By.xpath("//a[contains(normalize-space(), '启动流程')]");
        browser.waitFor(By.cssSelector(".tasks-list"));
        List<WebElement> menu = browser.all(By.cssSelector("button.navbar-toggle"));
        if (browser.all(startProcess).stream().noneMatch(WebElement::isDisplayed) && !menu.isEmpty() && menu.get(0).isDisplayed()) {
            menu.get(0).click();
        }
        browser.click(startProcess);
        By process = By.xpath("//*[contains(@class, 'modal')]//a[normalize-space() = '" + processName + "']");
        By startForm = By.cssSelector(".modal .fjs-form");
        By title = By.cssSelector(".modal .modal-title");
        for (int attempt = 0; attempt < 3; attempt++) {
            browser.click(process);
            try {
                browser.waitUntil(Browser.PATIENCE.dividedBy(2), ExpectedConditions.visibilityOfElementLocated(startForm));
                if (browser.waitFor(title).getText().contains(processName)) {
                    return;
                }
                // the list moved under the click and another process opened: back to the list
                browser.click(By.cssSelector(".modal button[ng-click='back()']"));
            } catch (TimeoutException e) {
                // the list was re-rendered under the click: pick the process again
            }
        }
        browser.waitForText(title, processName);
        browser.waitFor(startForm);
    }

    /** Clicks 开始 under the start form and waits for Tasklist's 流程已启动. */
    public static void start(Browser browser) {
        browser.click(By.xpath("//*[contains(@class, 'modal')]//button[normalize-space() = '开始']"));
        browser.waitForText(By.cssSelector("body"), "流程已启动");
    }

    /** Logs out (forgets the session; nothing to forget before the first page) and logs in as {@code user}, waiting for the task list. */
    public static void switchUser(Browser browser, String user) {
        if (browser.driver().getCurrentUrl().startsWith("http")) {
            browser.forgetSession();
        }
        logIn(browser, user);
    }

    /** Opens the task from the list, as a thumb does, and waits for its form. */
    public static void openTask(Browser browser, String name) {
        browser.click(By.xpath("//*[contains(@class, 'tasks-list')]//a[contains(normalize-space(), '" + name + "')]"));
        browser.waitForText(By.cssSelector(".task-details h2.task"), name);
        browser.waitFor(By.cssSelector(".task-details .fjs-form"));
        browser.waitUntilSettled(".task-details .fjs-form");
    }

    /** Claims the opened task when it is a group task (认领), and waits for its form to become editable. */
    public static void claimIfNeeded(Browser browser) {
        List<WebElement> claim = browser.all(By.xpath("//*[contains(@class, 'task-details')]//button[normalize-space() = '认领']"));
        if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
            claim.get(0).click();
            browser.waitFor(By.xpath("//*[contains(@class, 'task-details')]//*[contains(@class, 'fjs-form')]//*[self::input or self::textarea][not(@disabled)]"));
            browser.waitUntilSettled(".task-details .fjs-form");
        }
    }

    /** Clicks the radio button or checkbox labelled {@code label} in the opened form. */
    public static void choose(Browser browser, String label) {
        browser.click(By.xpath("//label[normalize-space() = '" + label + "']"));
    }

    /** Clicks 完成 and waits for the confirmation naming the task (in view, also on a phone). */
    public static void complete(Browser browser, String name) {
        browser.click(By.xpath("//button[normalize-space() = '完成']"));
        browser.waitForText(By.id("excellence-notice"), "已提交：" + name);
        assertInView(browser, By.id("excellence-notice"));
        browser.screenshot("completed");
    }

    /** Asserts the element's top is inside the window (not scrolled away below a list, say). */
    public static void assertInView(Browser browser, By by) {
        WebElement element = browser.waitFor(by);
        Map<?, ?> box = (Map<?, ?>) browser.script("const r = arguments[0].getBoundingClientRect();"
                + " return {top: r.top, bottom: r.bottom, height: window.innerHeight}", element);
        double top = ((Number) box.get("top")).doubleValue();
        assertThat(top).as("%s in view: %s", by, box).isBetween(0.0, ((Number) box.get("height")).doubleValue() - 40);
    }

    /**
     * A review form shows a field as it was returned ("X（退回前）") and as it was submitted again ("X（本次提交）"), both
     * read-only, the returned one first: beside it, or above it on a phone.
     */
    public static void assertSideBySide(Browser browser, String label, String before, String now) {
        By previous = field(label + "（退回前）", "textarea");
        By current = field(label + "（本次提交）", "textarea");
        assertThat(value(browser, previous)).isEqualTo(before);
        assertThat(value(browser, current)).isEqualTo(now);
        assertThat(browser.waitFor(previous).isDisplayed() && browser.waitFor(current).isDisplayed()).isTrue();
        assertThat(browser.waitFor(previous).getDomAttribute("disabled")).as("read-only").isNotNull();
        Map<?, ?> boxes = (Map<?, ?>) browser.script("const a = arguments[0].getBoundingClientRect(), b = arguments[1].getBoundingClientRect();"
                + " return {beside: a.right <= b.left + 1 && Math.abs(a.top - b.top) < 40, above: a.bottom <= b.top + 1}",
                browser.waitFor(previous), browser.waitFor(current));
        assertThat(Boolean.TRUE.equals(boxes.get("beside")) || Boolean.TRUE.equals(boxes.get("above"))).as("%s: %s", label, boxes).isTrue();
    }

    public static String value(Browser browser, By field) {
        return browser.waitFor(field).getDomProperty("value");
    }
}
