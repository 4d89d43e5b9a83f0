package com.hcpress.verification.ocr;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a licence page says, picked out of Tesseract's text by the labels printed on it: 姓名,
 * 执业类别, 执业范围, and 证书编码 (physicians) or 证书编号 / 编号 (other professions). Any field may be
 * null when its line was not read. Chinese lines are read with the spaces Tesseract puts between
 * characters taken out.
 */
public record LicenceText(String licenceNumber, String name, String category, String scope) {

    private static final Pattern SEPARATORS = Pattern.compile("^[:：;；.,，、_\\-—|'\"]+");
    private static final Pattern NUMBER_AFTER_LABEL = Pattern.compile("(?:编码|编号|编吗|编羽|编碍)[^0-9A-Za-z]*([0-9A-Za-z|]{6,40})");
    private static final Pattern FIFTEEN_DIGITS = Pattern.compile("(?<![0-9])([0-9]{15})(?![0-9])");

    public static final LicenceText NOTHING = new LicenceText(null, null, null, null);

    public boolean empty() {
        return licenceNumber == null && name == null && category == null && scope == null;
    }

    public static LicenceText parse(String ocrText) {
        if (ocrText == null || ocrText.isBlank()) {
            return NOTHING;
        }
        String number = null;
        String name = null;
        String category = null;
        String scope = null;
        for (String raw : ocrText.split("\\R")) {
            String line = raw.replaceAll("\\s+", "");
            if (line.isEmpty()) {
                continue;
            }
            if (number == null) {
                number = numberIn(line).orElse(null);
            }
            if (name == null) {
                name = after(line, "姓名").filter(LicenceText::looksLikeName).orElse(null);
            }
            if (category == null) {
                category = after(line, "执业类别").or(() -> after(line, "类别")).orElse(null);
            }
            if (scope == null) {
                scope = after(line, "执业范围").or(() -> after(line, "范围")).orElse(null);
            }
        }
        if (number == null) {
            Matcher anywhere = FIFTEEN_DIGITS.matcher(ocrText.replaceAll("[ \\t]+", ""));
            if (anywhere.find()) {
                number = anywhere.group(1);
            }
        }
        return new LicenceText(number, name, category, scope);
    }

    private static Optional<String> numberIn(String line) {
        Matcher labelled = NUMBER_AFTER_LABEL.matcher(line);
        if (!labelled.find()) {
            return Optional.empty();
        }
        String token = labelled.group(1);
        // Letters Tesseract gives for digits on a numbers-only line.
        String digitsFixed = token.replace('O', '0').replace('o', '0').replace('D', '0').replace('l', '1')
                .replace('I', '1').replace('|', '1').replace('S', '5').replace('B', '8').replace('Z', '2');
        String upper = (digitsFixed.chars().allMatch(Character::isDigit) ? digitsFixed : token).toUpperCase();
        return Optional.of(upper.length() > 30 ? upper.substring(0, 30) : upper);
    }

    private static Optional<String> after(String line, String label) {
        int at = line.indexOf(label);
        if (at < 0) {
            return Optional.empty();
        }
        String value = SEPARATORS.matcher(line.substring(at + label.length())).replaceFirst("").strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(value.length() > 50 ? value.substring(0, 50) : value);
    }

    private static boolean looksLikeName(String value) {
        return value.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
