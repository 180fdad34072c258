package vn.kt1.batch.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen for the console's tests: real HTTP to the test's server, a
 * cookie jar (the session), no redirects followed, and the CSRF token read from the pages
 * as a browser's form would send it.
 */
public final class ConsoleClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http;

	public ConsoleClient(int port) {
		this.base = "http://127.0.0.1:" + port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** Sign in; @return the response of the login form's POST (a redirect either way) */
	public HttpResponse<String> login(String username, String password) {
		return post("/login", Map.of("username", username, "password", password), token("/login"));
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build());
	}

	public HttpResponse<byte[]> download(String path) {
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** POST a form with the CSRF token of the page {@code tokenFrom} */
	public HttpResponse<String> post(String path, Map<String, String> form) {
		return post(path, form, token("/account"));
	}

	/** POST a form with this CSRF token ({@code null}: none) */
	public HttpResponse<String> post(String path, Map<String, String> form, String csrf) {
		Map<String, String> fields = new LinkedHashMap<>(form);
		if (csrf != null) {
			fields.put("_csrf", csrf);
		}
		String body = fields.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** POST a multipart form: fields and one file */
	public HttpResponse<String> upload(String path, Map<String, String> fields, String fileField, String fileName,
			byte[] content) {
		String boundary = "----kt1test" + System.nanoTime();
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", token("/account"));
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		try {
			for (Map.Entry<String, String> field : all.entrySet()) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
						+ "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
			}
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
					+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.write(content);
			body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** @return the CSRF token of a page's forms, or {@code null} when it has none */
	public String token(String page) {
		Matcher matcher = CSRF.matcher(get(page).body());
		return matcher.find() ? matcher.group(1) : null;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
