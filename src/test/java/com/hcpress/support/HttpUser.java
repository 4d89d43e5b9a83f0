package com.hcpress.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser, reduced to what HTTP needs: real cookies, the CSRF token from the pages,
 * no redirects followed. Talks to a running HCPress over the loopback. Tests sign it in through
 * {@link TestUsers}: {@link TestUsers#signInDemo(HttpUser, String)} for a demo account,
 * {@link TestUsers#signInPassedReader} for a fresh reader who passed the gate.
 */
public final class HttpUser {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private String baseUrl;

    public HttpUser(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Sends the next requests to another instance, keeping the cookies (as a load balancer would). */
    public HttpUser switchTo(String otherBaseUrl) {
        this.baseUrl = otherBaseUrl;
        return this;
    }

    /** Signs in through the sign-in form; returns the answer to the form's POST. */
    public HttpResponse<String> signIn(String email, String password) {
        String token = find(CSRF_INPUT, get("/login").body()).orElseThrow();
        return postForm("/login", Map.of("username", email, "password", password, "_csrf", token));
    }

    /** A CSRF token of the current session, read from a page as the browser's script does. */
    public String csrfToken() {
        return find(CSRF_META, get("/").body()).orElseThrow(() -> new IllegalStateException("No CSRF token on /"));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** A GET with extra headers ({@code HX-Request}, {@code X-Forwarded-Proto}, ...). */
    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    /** The comments an article page loads after itself, as htmx asks for them. */
    public HttpResponse<String> comments(String articlePath) {
        return get(articlePath + "/comments", Map.of("HX-Request", "true"));
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form) {
        return postForm(path, form, Map.of());
    }

    /** A form post with more headers, e.g. {@code X-Forwarded-For} to come from another address. */
    public HttpResponse<String> postForm(String path, Map<String, String> form, Map<String, String> headers) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** A request with the session's CSRF token in the header, as the API's clients send it. */
    public HttpResponse<String> send(String method, String path, String contentType, byte[] body, String csrfToken) {
        return send(method, path, contentType, body, csrfToken, Map.of());
    }

    public HttpResponse<String> send(String method, String path, String contentType, byte[] body, String csrfToken,
                                     Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Accept", "application/json");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (csrfToken != null) {
            request.header("X-CSRF-TOKEN", csrfToken);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static Optional<String> find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        return matcher.find() ? Optional.of(matcher.group(1).replace("&#45;", "-")) : Optional.empty();
    }
}
