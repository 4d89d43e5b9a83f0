package com.hcpress.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The messages HCPress formats itself are, character for character, those Spring's own source
 * formats: every key with arguments, in Chinese and English, with text, number and date arguments.
 */
class UnsharedFormatMessageSourceTest {

    private static final List<Locale> LANGUAGES = List.of(Languages.CHINESE, Languages.ENGLISH);

    private final ResourceBundleMessageSource spring = configure(new ResourceBundleMessageSource());
    private final ResourceBundleMessageSource ours = configure(new UnsharedFormatMessageSource());

    @Test
    void everyMessageWithArgumentsReadsAsSpringFormatsIt() throws IOException {
        Set<String> keys = keysWithArguments();
        assertThat(keys).hasSizeGreaterThan(100);
        Date date = Date.from(Instant.parse("2026-03-04T05:06:07Z"));
        List<IntFunction<Object>> argumentSets = List.of(
                i -> "文字" + i,
                i -> 1234567 + i,
                i -> new BigDecimal("1234.5678").add(BigDecimal.valueOf(i)),
                i -> 0.25 + i,
                i -> -3L * (i + 1),
                i -> date);
        int compared = 0;
        for (String key : keys) {
            for (Locale language : LANGUAGES) {
                int count = new MessageFormat(spring.getMessage(key, null, language), language)
                        .getFormatsByArgumentIndex().length;
                for (IntFunction<Object> argument : argumentSets) {
                    Object[] arguments = new Object[count];
                    for (int i = 0; i < count; i++) {
                        arguments[i] = argument.apply(i);
                    }
                    assertThat(format(ours, key, arguments, language)).as(key + " " + language)
                            .isEqualTo(format(spring, key, arguments, language));
                    compared++;
                }
                Object[] fitting = fittingArguments(spring.getMessage(key, null, language), language, date);
                assertThat(format(ours, key, fitting, language)).as(key + " " + language)
                        .isEqualTo(format(spring, key, fitting, language));
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void messagesWithoutArgumentsAndUnknownKeysReadAsBefore() {
        for (Locale language : LANGUAGES) {
            assertThat(ours.getMessage("nav.account", null, language)).isEqualTo(spring.getMessage("nav.account", null, language));
            assertThat(ours.getMessage("no.such.key", new Object[] {1}, "默认 {0}", language))
                    .isEqualTo(spring.getMessage("no.such.key", new Object[] {1}, "默认 {0}", language));
        }
    }

    @Test
    void threadsFormattingTheSameNumberMessageAtOnceGetTheirOwnText() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                results.add(threads.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (int i = 0; i < 3000; i++) {
                        long minutes = thread * 100_000L + i;
                        String text = ours.getMessage("comment.error.perDay", new Object[] {20, minutes}, Languages.ENGLISH);
                        if (!text.contains("about " + minutes + " minute")) {
                            wrong.add(text);
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isEmpty();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theApplicationsMessageSourceIsTheUnsharedOneWithBootsSettings() {
        var properties = new org.springframework.boot.autoconfigure.context.MessageSourceProperties();
        properties.setBasename(List.of("messages"));
        properties.setEncoding(StandardCharsets.UTF_8);
        properties.setFallbackToSystemLocale(false);
        var source = new MessageSourceConfiguration().messageSource(properties);
        assertThat(source).isInstanceOf(UnsharedFormatMessageSource.class);
        assertThat(source.getMessage("nav.account", null, Languages.CHINESE))
                .isEqualTo(spring.getMessage("nav.account", null, Languages.CHINESE));
    }

    /** An argument of the kind each sub-format expects: a number for a number or choice, a date for a date. */
    private static Object[] fittingArguments(String pattern, Locale language, Date date) {
        Format[] formats = new MessageFormat(pattern, language).getFormatsByArgumentIndex();
        Object[] arguments = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            Format format = formats[i];
            arguments[i] = format instanceof NumberFormat || format instanceof ChoiceFormat ? (Object) (9876.5 + i)
                    : format instanceof DateFormat ? date : "参数" + i;
        }
        return arguments;
    }

    private static String format(ResourceBundleMessageSource source, String key, Object[] arguments, Locale language) {
        try {
            return source.getMessage(key, arguments, language);
        } catch (IllegalArgumentException refused) {
            return "refused: " + refused.getClass().getName();
        }
    }

    private static Set<String> keysWithArguments() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(
                    UnsharedFormatMessageSourceTest.class.getClassLoader().getResourceAsStream(file), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            properties.forEach((key, value) -> {
                if (value.toString().matches("(?s).*\\{\\d.*")) {
                    keys.add(key.toString());
                }
            });
        }
        return keys;
    }

    private static <T extends ResourceBundleMessageSource> T configure(T source) {
        source.setBasenames("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
