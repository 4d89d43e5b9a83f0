package com.hcpress.shared.web;

/**
 * The text {@link org.springframework.security.web.firewall.StrictHttpFirewall} lets through by
 * default, decided code point by code point: names are assigned characters that are not control
 * characters ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}); header values may hold tabs as well
 * ({@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}).
 */
final class FirewallText {

    private FirewallText() {
    }

    static boolean isNameOrParameterValue(String text) {
        return allowed(text, false);
    }

    static boolean isHeaderValue(String text) {
        return allowed(text, true);
    }

    private static boolean allowed(String text, boolean tab) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL && !(tab && codePoint == '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
