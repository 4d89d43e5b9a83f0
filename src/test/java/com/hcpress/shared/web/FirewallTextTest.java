package com.hcpress.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The firewall's rules for names and values, as Spring Security's own expressions decide them. */
class FirewallTextTest {

    private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void decidesAsTheExpressionsOnEveryKindOfCharacter() {
        List<String> texts = new ArrayList<>(List.of("", "HX-Request", "hcpress_lang=zh; SESSION=abc", "a\tb", "a\nb",
                "a\rb", "\u0000", "\u007f", "\u0085", "中文", "\uD83D\uDE00", "\uD83D", "x\uDE00", "\u0378", "\uFFFF",
                "\u2028", "\u200B", "|", "\t"));
        for (int c = 0; c <= 0x10FFFF; c += c < 0x3000 ? 1 : 97) {
            texts.add("a" + new String(Character.toChars(c)) + "b");
        }
        Random random = new Random(20261206);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(6); n > 0; n--) {
                text.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(FirewallText.isNameOrParameterValue(text)).as("name %s", text.codePoints().boxed().toList())
                    .isEqualTo(NAME.matcher(text).matches());
            assertThat(FirewallText.isHeaderValue(text)).as("value %s", text.codePoints().boxed().toList())
                    .isEqualTo(HEADER_VALUE.matcher(text).matches());
        }
    }
}
