package no.followup.registry.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, driven through its chromedriver; nothing is downloaded), with
 * what the browser tests do in it: sign in on Keycloak's page, fill forms, check the page with
 * axe-core, take screenshots.
 */
public final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final String INSTALL =
      "apt-get install -y chromium chromium-driver (./registry test installs them when missing)";

  /** Only these impacts fail a page; moderate and minor findings are printed. */
  private static final List<String> FAILING_IMPACTS = List.of("serious", "critical");

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * A fresh browser (no cookies) whose person prefers this language ({@code nb} or {@code en}).
   * Without Chromium the test fails and says how to install it: browser tests never skip.
   */
  public static Browser start(String language) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "The browser tests need Debian's Chromium and ChromeDriver at "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + ": "
              + INSTALL);
    }
    try {
      Path profile = Files.createTempDirectory("registry-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=1280,1000",
          "--lang=" + language,
          "--user-data-dir=" + profile);
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(CHROMEDRIVER.toFile())
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      return new Browser(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Browser open(String url) {
    driver.get(url);
    return this;
  }

  /** Signs in on Keycloak's own login page, where an unauthenticated page sends the browser. */
  public Browser signIn(String user, String password) {
    waitFor(By.id("username"));
    assertThat(driver.getCurrentUrl()).contains("/realms/registry/protocol/openid-connect/auth");
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("kc-login")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> !d.getCurrentUrl().contains("/realms/registry/"));
    waitFor(By.tagName("h1"));
    return this;
  }

  public boolean onKeycloakLogin() {
    return driver.getCurrentUrl().contains("/protocol/openid-connect/auth")
        && !driver.findElements(By.id("username")).isEmpty();
  }

  public Browser type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Dates typed as a person types them into Chromium's date field (day, month, year). */
  public Browser typeDate(String id, java.time.LocalDate date) {
    driver.executeScript(
        "document.getElementById(arguments[0]).value = arguments[1];", id, date.toString());
    return this;
  }

  /** A value set as the field's own picker sets it (time and date fields). */
  public Browser setValue(String id, String value) {
    driver.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    return this;
  }

  public Browser choose(String id, String value) {
    new Select(driver.findElement(By.id(id))).selectByValue(value);
    return this;
  }

  public Browser check(String id) {
    WebElement box = driver.findElement(By.id(id));
    if (!box.isSelected()) {
      box.click();
    }
    return this;
  }

  /**
   * Clicks something that loads a new page, and waits until the new document is complete: the old
   * one carries a mark the new one does not (element staleness races with the navigation).
   */
  public Browser click(By what) {
    driver.executeScript("window.registryOldPage = true;");
    driver.findElement(what).click();
    waitForNewPage();
    return this;
  }

  private void waitForNewPage() {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    driver.executeScript(
                        "return window.registryOldPage === undefined"
                            + " && document.readyState === 'complete';")));
    waitFor(By.tagName("h1"));
  }

  /** Clicks something once it is there, without waiting for a page to load (a script's button). */
  public Browser press(By what) {
    waitFor(what);
    driver.findElement(what).click();
    return this;
  }

  /**
   * Signs in on Keycloak's login page in the window a page opened (Swagger UI's Authorize), and
   * comes back to the page once that window has closed itself.
   */
  public Browser signInInPopup(String user, String password) {
    String page = driver.getWindowHandle();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getWindowHandles().size() > 1);
    driver
        .switchTo()
        .window(
            driver.getWindowHandles().stream()
                .filter(h -> !h.equals(page))
                .findFirst()
                .orElseThrow());
    waitFor(By.id("username"));
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("kc-login")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getWindowHandles().size() == 1);
    driver.switchTo().window(page);
    return this;
  }

  /** Clicks something that updates the page in place (htmx), and waits until it shows the text. */
  public Browser clickAndWaitFor(By what, String text) {
    driver.findElement(what).click();
    return waitForText(text);
  }

  public Browser waitForText(String text) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(WebDriverException.class)
        .until(d -> text().contains(text));
    return this;
  }

  /** Waits (up to a minute: a job's run, say) until the element's text is the given one. */
  public Browser waitForTextIn(By what, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .ignoring(WebDriverException.class)
        .until(d -> d.findElement(what).getText().equals(text));
    return this;
  }

  public Browser submit() {
    return click(By.cssSelector("main form button[type=submit]"));
  }

  public Browser clickLink(String text) {
    return click(By.linkText(text));
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public String source() {
    return driver.getPageSource();
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  public List<WebElement> all(By what) {
    return driver.findElements(what);
  }

  public WebElement find(By what) {
    return driver.findElement(what);
  }

  /** The error message tied to a field: the element its aria-describedby names. */
  public String errorOf(String fieldId) {
    WebElement field = driver.findElement(By.id(fieldId));
    assertThat(field.getAttribute("aria-invalid"))
        .as(fieldId + " marked invalid")
        .isEqualTo("true");
    String describedBy = field.getAttribute("aria-describedby");
    assertThat(describedBy).as(fieldId + " points at its error").isNotBlank();
    return driver.findElement(By.id(describedBy)).getText();
  }

  /** The HTTP status of a GET of this path with the browser's session (what a link would get). */
  public long statusOf(String path) {
    Object status =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {redirect: 'manual'}).then(r => done(r.status));",
            path);
    return ((Number) status).longValue();
  }

  /** The element that has the keyboard's focus. */
  public WebElement focused() {
    return driver.switchTo().activeElement();
  }

  /** Presses Tab until the element with this id has the focus, as a keyboard user moves. */
  public Browser tabTo(String id) {
    return tabUntil(id, element -> id.equals(element.getAttribute("id")));
  }

  /** Presses Tab until the link with this text has the focus. */
  public Browser tabToLink(String text) {
    return tabUntil(
        text, element -> element.getTagName().equals("a") && element.getText().equals(text));
  }

  private Browser tabUntil(String what, java.util.function.Predicate<WebElement> reached) {
    for (int presses = 0; presses < 80; presses++) {
      keys(Keys.TAB);
      if (reached.test(focused())) {
        return this;
      }
    }
    throw new AssertionError("Tab never reached " + what);
  }

  /** Keys typed into whatever has the focus. */
  public Browser keys(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
    return this;
  }

  /** Presses Enter on what has the focus and waits for the page it loads. */
  public Browser enter() {
    driver.executeScript("window.registryOldPage = true;");
    keys(Keys.ENTER);
    waitForNewPage();
    return this;
  }

  /** A file as the browser's session downloads it (a link's target, fetched by the page). */
  public byte[] download(String path) {
    Object base64 =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.blob()).then(b => {"
                + "  const reader = new FileReader();"
                + "  reader.onload = () => done(reader.result.split(',')[1]);"
                + "  reader.readAsDataURL(b); });",
            path);
    return java.util.Base64.getDecoder().decode((String) base64);
  }

  /** Chooses a file in a file field, as a person picking it in the file dialogue. */
  public Browser attach(String id, java.nio.file.Path file) {
    driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
    return this;
  }

  private void waitFor(By what) {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(what).isEmpty());
  }

  /** axe-core over the page as it is now (WCAG 2.1 A and AA): no serious or critical violation. */
  public Browser assertAccessible() {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
            .analyze(driver);
    List<Rule> failing =
        results.getViolations().stream()
            .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
            .toList();
    results.getViolations().stream()
        .filter(rule -> !FAILING_IMPACTS.contains(rule.getImpact()))
        .forEach(
            rule ->
                System.err.println(
                    "axe (" + rule.getImpact() + ") " + url() + ": " + rule.getId()));
    assertThat(failing)
        .as(
            "axe-core on "
                + url()
                + ": "
                + failing.stream()
                    .map(
                        rule ->
                            rule.getImpact()
                                + " "
                                + rule.getId()
                                + " "
                                + rule.getNodes().stream().map(n -> n.getTarget()).toList())
                    .toList())
        .isEmpty();
    return this;
  }

  /** A screenshot of the page into target/screenshots/ (the README shows some of them). */
  public Browser screenshot(String name) {
    return save(driver.getScreenshotAs(OutputType.FILE), name);
  }

  /** A picture of one part of the page (a chart, say), wherever it is on the page. */
  public Browser screenshotOf(By what, String name) {
    WebElement element = driver.findElement(what);
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    return save(element.getScreenshotAs(OutputType.FILE), name);
  }

  private Browser save(java.io.File picture, String name) {
    try {
      Path directory = Path.of("target", "screenshots");
      Files.createDirectories(directory);
      Files.copy(
          picture.toPath(), directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary profile is harmless
    }
  }
}
