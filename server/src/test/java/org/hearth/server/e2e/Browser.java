package org.hearth.server.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's, through its ChromeDriver) with a profile of its own, so two
 * of them are two members with separate session storage. Never downloads a browser or driver.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(15);

    static {
        // Selenium warns that it has no DevTools bindings for this exact Chromium; the tests do not use them.
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
    }

    final WebDriver driver;
    private final Path profile;

    Browser() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver); .ci/run installs them");
        }
        profile = Files.createTempDirectory("hearth-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1000,800", "--user-data-dir=" + profile);
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    void open(java.net.URI url) {
        driver.get(url.toString());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    WebElement waitVisible(String css) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void waitForText(String css, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /** Waits until the element's whole text matches the regular expression. */
    void waitForTextMatching(String css, String regex) {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(regex);
        new WebDriverWait(driver, WAIT).until(d -> pattern.matcher(d.findElement(By.cssSelector(css)).getText()).matches());
    }

    /** Runs a script in the page and returns what it returns. */
    Object script(String script) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script);
    }

    /** Picks a room from the list on the first screen, which leads to its rules and the pseudonym form. */
    void chooseRoom(String room) {
        waitVisible("#room-list button[data-room='" + room + "']").click();
        waitVisible("#handle");
    }

    /** Chooses the lounge, accepts its rules, chooses a pseudonym and waits to be in the room. */
    void enterAs(String handle) {
        chooseRoom("lounge");
        find("#accept").click();
        find("#handle").sendKeys(handle);
        find("#handle-submit").click();
        waitVisible("#room");
    }

    /** Makes the window this many CSS pixels wide (and tall), for a phone-sized look. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    void say(String text) {
        WebElement box = waitVisible("#text");
        box.sendKeys(text);
        find("#send-form button[type=submit]").click();
    }

    /**
     * The page's console errors since the last call: a script that failed, a Content-Security-Policy
     * violation, a failed request.
     */
    java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    }

    /** Saves what the page shows now under target/screenshots, for a person to look at. */
    void screenshot(String name) throws java.io.IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        Files.write(folder.resolve(name + ".png"), png);
    }

    /**
     * The same, and, when the build is asked to ({@code -Dhearth.screenshots=docs}), also kept as
     * the README's picture under docs/screenshots (the tests run in the server module, so the
     * repository's root is its parent). Off by default, so a test run leaves the tree as it was.
     */
    void screenshotForDocs(String name) throws java.io.IOException {
        screenshot(name);
        if (!"docs".equals(System.getProperty("hearth.screenshots"))) {
            return;
        }
        Path docs = Path.of("..", "docs", "screenshots");
        Files.createDirectories(docs);
        Files.copy(Path.of("target", "screenshots", name + ".png"), docs.resolve(name + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws Exception {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
