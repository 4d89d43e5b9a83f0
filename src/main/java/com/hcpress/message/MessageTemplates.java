package com.hcpress.message;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders {@code templates/message/<template>_<zh|en>.txt}: first line the subject, the rest the body. */
@Component
public class MessageTemplates {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    // Spring's engine evaluates expressions with SpEL; the plain engine would need OGNL, which is not here.
    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    MessageTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/message/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        engine.setTemplateResolver(resolver);
    }

    public RenderedMessage render(String template, Locale locale, Map<String, Object> values) {
        if (template == null || !NAME.matcher(template).matches()) {
            throw new IllegalArgumentException("Not a message template name: " + template);
        }
        String text = engine.process(template + "_" + language(locale), new Context(locale, values)).strip();
        int newline = text.indexOf('\n');
        String subject = newline < 0 ? text : text.substring(0, newline).strip();
        String body = newline < 0 ? "" : text.substring(newline + 1).strip();
        return new RenderedMessage(subject, body);
    }

    static String language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "zh";
    }

    public record RenderedMessage(String subject, String body) {
    }
}
