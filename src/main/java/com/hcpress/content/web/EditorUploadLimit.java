package com.hcpress.content.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import com.hcpress.shared.web.RequestCheck;

/**
 * An image over the multipart limit fails as soon as anything reads a parameter, which the CSRF
 * check does before any controller; the editor would then get the container's bare error inside
 * the form. So the upload is parsed here first and one too large gets a 413 with a message that
 * the upload box shows.
 */
@Component
class EditorUploadLimit implements RequestCheck {

    private final MessageSource messages;
    private final LocaleResolver locales;

    EditorUploadLimit(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public boolean answered(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (isImageUpload(request)) {
            try {
                request.getParts();
            } catch (IllegalStateException tooLarge) {
                Locale locale = locales.resolveLocale(request);
                String text = messages.getMessage("editor.image.tooLarge", null, "Too large", locale);
                response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
                response.setContentType(MediaType.TEXT_HTML_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("<p class=\"notice error\" role=\"alert\">" + HtmlUtils.htmlEscape(text) + "</p>");
                return true;
            } catch (IOException | ServletException malformed) {
                // Not ours to judge: the rest of the chain answers as it would have.
            }
        }
        return false;
    }

    private static boolean isImageUpload(HttpServletRequest request) {
        String contentType = request.getContentType();
        return "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + EditorToolsController.IMAGES)
                && contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }
}
