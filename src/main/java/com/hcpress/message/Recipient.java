package com.hcpress.message;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a message goes: an email address or a mobile number, in the language the person reads.
 * The account is null for an address nobody has registered yet (a sign-up code).
 */
public record Recipient(Long accountId, Channel channel, String address, Locale locale) {

    public static final int MAX_ADDRESS = 254;

    public Recipient {
        Objects.requireNonNull(channel, "channel");
        if (address == null || address.isBlank() || address.length() > MAX_ADDRESS) {
            throw new IllegalArgumentException("A message needs an address of at most " + MAX_ADDRESS + " characters");
        }
        address = address.strip();
        locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
    }

    public static Recipient email(Long accountId, String address, Locale locale) {
        return new Recipient(accountId, Channel.EMAIL, address, locale);
    }

    public static Recipient sms(Long accountId, String mobile, Locale locale) {
        return new Recipient(accountId, Channel.SMS, mobile, locale);
    }
}
