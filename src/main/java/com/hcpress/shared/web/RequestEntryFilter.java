package com.hcpress.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;

/**
 * HCPress's one filter ahead of the security chain, outermost around every request; it answers
 * nothing itself. It does what were three filters, since the container pays for each
 * registered filter on every request:
 * <ul>
 * <li>the request's parameters and form bodies are read as UTF-8, whatever the client says;</li>
 * <li>the request gets an id, in the log (MDC {@code requestId}: in the console pattern and in the
 * structured JSON logs) and in the {@code X-Request-Id} answer header, so one reader's report leads
 * to its log lines on whichever instance served it. The proxy's id (nginx's {@code $request_id}) is
 * kept when it looks like one; anything else is replaced;</li>
 * <li>when something down the line fails because the request's parameters cannot be decoded (Tomcat
 * reads them lazily, wherever the first one is asked for), the failure becomes a 400, rendered by
 * the error page, with one WARN line instead of the container's ERROR and stack trace.</li>
 * </ul>
 * It also gives the answer a buffer of {@code hcpress.tomcat.response-buffer} (Tomcat's is 8 KB), so
 * that a page of 100 KB goes down through the connector once instead of in thirteen pieces.
 * Registered for the request and its asynchronous dispatches ({@link RequestEntryConfiguration}).
 */
final class RequestEntryFilter implements Filter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    /** Tomcat's own size of an answer's buffer. */
    static final int CONTAINER_RESPONSE_BUFFER = 8 * 1024;
    private static final Logger log = LoggerFactory.getLogger(RequestEntryFilter.class);

    private final int responseBuffer;

    /** @param responseBuffer bytes of an answer kept before they go to the connection, at least Tomcat's own */
    RequestEntryFilter(int responseBuffer) {
        this.responseBuffer = responseBuffer;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        if (!(servletRequest instanceof HttpServletRequest request)
                || !(servletResponse instanceof HttpServletResponse response)) {
            chain.doFilter(servletRequest, servletResponse);
            return;
        }
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (responseBuffer > CONTAINER_RESPONSE_BUFFER && request.getDispatcherType() == DispatcherType.REQUEST) {
            response.setBufferSize(responseBuffer);
        }
        String id = requestId(request, response);
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!MalformedRequests.isMalformed(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Refused a malformed request ({}): {}", HttpStatus.BAD_REQUEST.value(), MalformedRequests.describe(request));
            response.sendError(HttpStatus.BAD_REQUEST.value());
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** The proxy's id if it looks like one; on an asynchronous dispatch the id the request already answered. */
    private static String requestId(HttpServletRequest request, HttpServletResponse response) {
        String given = request.getHeader(HEADER);
        if (given != null && ACCEPTED.matcher(given).matches()) {
            return given;
        }
        String answered = request.getDispatcherType() == DispatcherType.ASYNC ? response.getHeader(HEADER) : null;
        return answered != null ? answered : newId();
    }

    /**
     * A random id in the form of a UUID, drawn from the thread's own generator: it labels log lines
     * and protects nothing, and {@code UUID.randomUUID()} draws from the one shared SecureRandom,
     * which under load had request threads queueing on its lock (16 s of waits in 30 s of the mix).
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
