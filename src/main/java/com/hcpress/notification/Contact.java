package com.hcpress.notification;

import java.util.Locale;

/** Where an account can be reached, and the language it reads. */
record Contact(String email, String mobile, Locale locale) {

    static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
