package com.hcpress.account;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a user signs in with: an email (kept lower-case) or a mobile number (kept as digits, with
 * a leading + for international numbers; a mainland number may be typed with or without +86).
 */
public record SignInIdentifier(String value, boolean isEmail) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern MAINLAND_MOBILE = Pattern.compile("^(?:\\+?86)?(1[3-9]\\d{9})$");
    private static final Pattern INTERNATIONAL = Pattern.compile("^\\+[1-9]\\d{7,14}$");

    public static Optional<SignInIdentifier> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.strip();
        if (text.length() > 254) {
            return Optional.empty();
        }
        if (text.contains("@")) {
            return EMAIL.matcher(text).matches()
                    ? Optional.of(new SignInIdentifier(text.toLowerCase(Locale.ROOT), true)) : Optional.empty();
        }
        String digits = text.replaceAll("[\\s-]", "");
        var mainland = MAINLAND_MOBILE.matcher(digits);
        if (mainland.matches()) {
            return Optional.of(new SignInIdentifier(mainland.group(1), false));
        }
        return INTERNATIONAL.matcher(digits).matches()
                ? Optional.of(new SignInIdentifier(digits, false)) : Optional.empty();
    }
}
