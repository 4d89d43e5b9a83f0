package com.hcpress.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.HttpUser;
import com.hcpress.support.TestUsers;

/**
 * Requests the client got wrong in their bytes, sent to every route of the application: broken
 * percent-encoding and bytes that are not UTF-8 in the path, the query and a form body, unknown
 * methods, headers and request lines over the limit. Each is answered 4xx, a page for pages and a
 * problem detail for the API, and nothing is logged above WARN, nor with a stack trace.
 */
@HcpressIntegrationTest
class MalformedRequestTest {

    /** Percent-encodings that do not decode: bad hex, a cut sequence, not UTF-8, a lone percent. */
    static final List<String> BAD_SEGMENTS = List.of("%ZZ", "%E0%A4%A", "%C3%28", "%FF%FE", "x%");
    static final String BAD_QUERY = "q=%ZZ&lang=%E0%A4%A&page=%C3%28&zone=%";

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    ListAppender<ILoggingEvent> log;
    Logger root;

    record Answer(int status, String contentType, String body) {
    }

    @BeforeEach
    void captureLog() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log = new ListAppender<>();
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        root.detachAppender(log);
    }

    @Test
    void everyRouteAnswersMalformedRequestsWithA4xxAndNoErrorInTheLog() throws IOException {
        String readerCookie = signedInCookie("reader");
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (String pattern : routes()) {
            List<String> paths = new ArrayList<>();
            for (String bad : BAD_SEGMENTS) {
                if (pattern.contains("{")) {
                    paths.add(pattern.replaceAll("\\{[^}]+}", bad));
                }
                paths.add(pattern.replaceAll("\\{[^}]+}", "1") + "/" + bad);
            }
            paths.add(pattern.replaceAll("\\{[^}]+}", "1") + "?" + BAD_QUERY);
            for (String path : paths) {
                for (String cookie : new String[] {null, readerCookie}) {
                    for (String method : List.of("GET", "POST")) {
                        String body = method.equals("POST") ? BAD_QUERY : null;
                        Answer answer = send(method, path, cookie, body, "");
                        sent++;
                        check(method + " " + path + (cookie == null ? "" : " (reader)"), path, answer, failures);
                    }
                }
            }
        }
        assertThat(sent).isGreaterThan(500);
        assertThat(failures).isEmpty();
        assertNoErrorLogged();
    }

    @Test
    void unknownMethodsOversizedHeadersAndUrlsAreRefusedWithTheSitesOwnAnswer() throws IOException {
        List<String> failures = new ArrayList<>();
        for (String path : List.of("/", "/search", "/api/v1/search", "/articles/tace-haic-2025-review")) {
            check("FOO " + path, path, send("FOO", path, null, null, ""), failures);
            check("PROPFIND " + path, path, send("PROPFIND", path, null, null, ""), failures);
            check("oversized header " + path, path, send("GET", path, null, null, "X-Padding: " + "a".repeat(20_000) + "\r\n"),
                    failures);
            // A request line over the limit is never read, so the answer cannot know it was for the API.
            check("oversized URL " + path, "/", send("GET", path + "?q=" + "a".repeat(20_000), null, null, ""), failures);
            check("invalid UTF-8 in a header " + path, path,
                    send("GET", path, null, null, "Accept-Language: \u00ff\u00fe\r\n"), failures);
        }
        assertThat(failures).isEmpty();
        assertNoErrorLogged();
    }

    @Test
    void theTomcatLevelRefusalSpeaksTheReadersLanguage() throws IOException {
        Answer chinese = send("GET", "/articles/%E0%A4%A", null, null, "");
        Answer english = send("GET", "/articles/%E0%A4%A", null, null, "Accept-Language: en\r\n");
        assertThat(chinese.status()).isEqualTo(400);
        assertThat(chinese.body()).contains("请求无法识别").doesNotContain("HTTP Status");
        assertThat(english.body()).contains("The request could not be read").contains("lang=\"en\"");
        Answer api = send("GET", "/api/v1/search?q=%ZZ", null, null, "");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.contentType()).startsWith("application/problem+json");
        Answer page = send("GET", "/search?q=%E0%A4%A", null, null, "Accept: */*\r\n");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("请求无法识别");
    }

    private void check(String what, String path, Answer answer, List<String> failures) {
        if (answer.status() >= 500 || answer.status() < 100) {
            failures.add(what + " -> " + answer.status());
        } else if (answer.status() >= 400 && answer.body().contains("HTTP Status")) {
            failures.add(what + " -> Tomcat's own page");
        } else if (answer.status() >= 400 && !answer.body().isEmpty()) {
            boolean api = path.startsWith("/api/");
            String expected = api ? "application/problem+json" : "text/html";
            if (answer.contentType() == null || !answer.contentType().startsWith(expected)) {
                failures.add(what + " -> " + answer.status() + " as " + answer.contentType());
            }
        }
    }

    private void assertNoErrorLogged() {
        List<String> errors = log.list.stream()
                .filter(event -> event.getLevel().isGreaterOrEqual(Level.ERROR) || event.getThrowableProxy() != null)
                .map(event -> event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage())
                .toList();
        assertThat(errors).isEmpty();
    }

    private Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET) || methods.contains(RequestMethod.POST)) {
                routes.addAll(info.getPatternValues());
            }
        }
        routes.remove("/test/failure"); // fails on purpose, for the error page's own test
        return routes;
    }

    private String signedInCookie(String demoUser) {
        HttpUser user = new HttpUser("http://127.0.0.1:" + port);
        TestUsers.signInDemo(user, demoUser);
        return "SESSION=" + user.cookie("SESSION").orElseThrow();
    }

    /** A raw HTTP/1.1 exchange: the JDK's clients refuse to send what these requests are made of. */
    private Answer send(String method, String target, String cookie, String formBody, String extraHeaders)
            throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder()
                    .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n")
                    .append("Connection: close\r\n")
                    .append(extraHeaders);
            if (cookie != null) {
                request.append("Cookie: ").append(cookie).append("\r\n");
            }
            byte[] body = formBody == null ? new byte[0] : formBody.getBytes(StandardCharsets.ISO_8859_1);
            if (formBody != null) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\n")
                        .append("Content-Length: ").append(body.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                bytes.write(buffer, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // the server may close after answering a request it refused to read in full
        }
        return bytes.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return new Answer(0, null, "");
        }
        int headersEnd = text.indexOf("\r\n\r\n");
        String head = headersEnd < 0 ? text : text.substring(0, headersEnd);
        String body = headersEnd < 0 ? "" : text.substring(headersEnd + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String contentType = null;
        for (String line : lines) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
                contentType = line.substring("content-type:".length()).trim();
            }
        }
        return new Answer(status, contentType, body);
    }
}
