package vn.kt1.batch.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium through Debian's chromedriver (no driver
 * or browser downloaded): {@code apt-get install chromium chromium-driver}.
 */
final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	final WebDriver driver;

	private final String base;

	final Path downloads;

	Browser(int port, Path downloads) {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
			throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver: "
					+ "apt-get install -y chromium chromium-driver");
		}
		this.base = "http://127.0.0.1:" + port;
		this.downloads = downloads;
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--window-size=1440,1000", "--lang=vi-VN", "--force-device-scale-factor=1");
		options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
				"download.prompt_for_download", false, "safebrowsing.enabled", false));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	void open(String path) {
		this.driver.get(this.base + path);
	}

	String path() {
		return this.driver.getCurrentUrl().substring(this.base.length());
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	void login(String username, String password) {
		open("/login");
		find("#username").sendKeys(username);
		find("#password").sendKeys(password);
		find("#sign-in").click();
		await(Duration.ofSeconds(10), (page) -> !page.path().equals("/login"));
	}

	void logout() {
		find("#logout").click();
		await(Duration.ofSeconds(10), (page) -> page.path().startsWith("/login"));
	}

	/**
	 * Wait until the page, reloaded by itself or not, satisfies the condition; an element that a
	 * reload replaced while the condition read it is asked again at the next poll.
	 */
	void await(Duration timeout, java.util.function.Predicate<Browser> condition) {
		new WebDriverWait(this.driver, timeout, Duration.ofMillis(500)).ignoring(StaleElementReferenceException.class)
			.until((driver) -> condition.test(this));
	}

	/** Save a screenshot of what the browser shows as {@code dir/name.png}. */
	void screenshot(Path dir, String name) {
		try {
			Files.createDirectories(dir);
			byte[] png = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES);
			Files.write(dir.resolve(name + ".png"), png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
