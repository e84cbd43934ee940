package cn.excellence.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** What a user does in Camunda Tasklist (Chinese): log in, find a form field by its label, start a process from 启动流程. */
public final class Tasklist {

    private Tasklist() {
    }

    /** Logs in; the login form can re-render while it is typed into, so what was typed is checked first. */
    public static void logIn(Browser browser, String user) {
        browser.go("/camunda/app/tasklist/default/");
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
        browser.waitForClickable(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
    }

    /** The first {@code tag} (input, textarea) after the label that contains {@code label}. */
    public static By field(String label, String tag) {
        return By.xpath("//label[contains(normalize-space(), '" + label + "')]/following::" + tag + "[1]");
    }

    /**
     * Types into a Camunda Form field and leaves it, as a user does, then waits out form-js's debounce (300 ms):
     * a value typed while the form re-renders (after a radio button, say) can be dropped, so it is typed again.
     */
    public static void fill(Browser browser, By field, String text) {
        for (int attempt = 0; attempt < 3; attempt++) {
            browser.type(field, text);
            browser.waitFor(field).sendKeys(Keys.TAB);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (text.equals(browser.waitFor(field).getDomProperty("value"))) {
                return;
            }
        }
        throw new IllegalStateException("the form keeps dropping " + text);
    }

    /** Opens 启动流程 and picks the process by its name: its start form opens. */
    public static void openStartForm(Browser browser, String processName) {
        browser.waitForClickable(By.xpath("//a[contains(normalize-space(), '启动流程')]")).click();
        browser.waitForClickable(By.xpath("//*[contains(@class, 'modal')]//a[normalize-space() = '" + processName + "']")).click();
    }

    /** Clicks 开始 under the start form and waits for Tasklist's 流程已启动. */
    public static void start(Browser browser) {
        browser.waitForClickable(By.xpath("//*[contains(@class, 'modal')]//button[normalize-space() = '开始']")).click();
        browser.waitForText(By.cssSelector("body"), "流程已启动");
    }
}
