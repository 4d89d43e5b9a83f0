package com.hcpress.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers what Tomcat refuses before the application sees it (a path that does not decode, headers
 * or a request line over the limit): the site's own short page in Chinese or English, or a problem
 * detail under {@code /api/}, instead of Tomcat's English "HTTP Status 400" page. Also the last
 * resort should the error page itself fail. One WARN line per refusal, no stack trace.
 */
class SiteErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(SiteErrorReportValve.class);

    private final MessageSource messages;

    SiteErrorReportValve(MessageSource messages) {
        this.messages = messages;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String uri = request.getRequestURI();
        if (status < 500) {
            log.warn("Refused a request the application could not read ({}): {}", status,
                    MalformedRequests.describe(request.getMethod(), uri));
        }
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known == null ? "Error" : known.getReasonPhrase();
        try {
            boolean api = uri != null && uri.startsWith("/api/");
            String body;
            if (api) {
                response.setContentType("application/problem+json");
                body = "{\"type\":\"about:blank\",\"title\":\"" + reason + "\",\"status\":" + status + "}";
            } else {
                response.setContentType("text/html");
                body = page(status, english(request) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
            }
            response.setCharacterEncoding("utf-8");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response cannot be written: nothing more to tell it.
        }
    }

    private String page(int status, Locale locale) {
        String kind = status >= 500 ? "500" : "400";
        String title = HtmlUtils.htmlEscape(messages.getMessage("error." + kind + ".title", null, locale));
        String text = HtmlUtils.htmlEscape(messages.getMessage("error." + kind + ".text", null, locale));
        String home = HtmlUtils.htmlEscape(messages.getMessage("error.backHome", null, locale));
        String lang = locale.getLanguage().equals("en") ? "en" : "zh-CN";
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + "</title><link rel=\"stylesheet\" href=\"/css/app.css\"></head>"
                + "<body><main class=\"page error-page\"><h1>" + title + "</h1><p>" + text + "</p>"
                + "<p><a class=\"button\" href=\"/\">" + home + "</a></p></main></body></html>";
    }

    /** The site's rule: English when asked for first, by the remembered choice or the browser; else Chinese. */
    private static boolean english(Request request) {
        jakarta.servlet.http.Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (jakarta.servlet.http.Cookie cookie : cookies) {
                if ("hcpress_lang".equals(cookie.getName())) {
                    return cookie.getValue() != null && cookie.getValue().toLowerCase(Locale.ROOT).startsWith("en");
                }
            }
        }
        String header = request.getHeader("Accept-Language");
        return header != null && !header.isBlank() && request.getLocale().getLanguage().equals("en");
    }
}
