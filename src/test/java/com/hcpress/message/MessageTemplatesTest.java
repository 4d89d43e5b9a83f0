package com.hcpress.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every template in both languages, first line the subject. */
class MessageTemplatesTest {

    final MessageTemplates templates = new MessageTemplates();

    @Test
    void theOneTimeCodeInBothLanguages() {
        MessageTemplates.RenderedMessage zh = templates.render("one-time-code", Locale.SIMPLIFIED_CHINESE, Map.of("code", "123456"));
        assertThat(zh.subject()).isEqualTo("HCPress 验证码");
        assertThat(zh.body()).contains("123456").contains("10 分钟");
        MessageTemplates.RenderedMessage en = templates.render("one-time-code", Locale.ENGLISH, Map.of("code", "654321", "minutes", 5));
        assertThat(en.subject()).isEqualTo("Your HCPress code");
        assertThat(en.body()).contains("654321").contains("5 minutes");
    }

    @Test
    void everyTemplateHasBothLanguages() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/message"))) {
            files.map(path -> path.getFileName().toString()).forEach(name -> {
                String other = name.endsWith("_zh.txt") ? name.replace("_zh.txt", "_en.txt") : name.replace("_en.txt", "_zh.txt");
                assertThat(Path.of("src/main/resources/templates/message", other)).as(name).exists();
            });
        }
    }

    @Test
    void aNameOutsideTheTemplatesIsRefused() {
        assertThatThrownBy(() -> templates.render("../layout", Locale.ENGLISH, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moderationSaysHiddenOrRemoved() {
        assertThat(templates.render("notification-comment-moderated", Locale.ENGLISH,
                Map.of("removed", "true", "article", "A", "reason", "off topic", "link", "/x")).subject())
                .isEqualTo("Your comment was removed");
        assertThat(templates.render("notification-comment-moderated", Locale.CHINESE,
                Map.of("removed", "false", "article", "A", "reason", "离题", "link", "/x")).subject())
                .isEqualTo("您的评论已被隐藏");
    }

    @Test
    void backoffDoublesUpToItsLimit() {
        MessageProperties properties = new MessageProperties(null, null, null, null,
                java.time.Duration.ofSeconds(30), java.time.Duration.ofMinutes(5), null);
        assertThat(properties.backoffAfter(1)).hasSeconds(30);
        assertThat(properties.backoffAfter(2)).hasSeconds(60);
        assertThat(properties.backoffAfter(3)).hasSeconds(120);
        assertThat(properties.backoffAfter(5)).hasMinutes(5);
        assertThat(properties.backoffAfter(60)).hasMinutes(5);
    }
}
