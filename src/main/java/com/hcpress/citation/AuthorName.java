package com.hcpress.citation;

import java.util.regex.Pattern;

/**
 * An author as the references store it, "Family Initials" ("Li QJ", "Ferrer-Fàbrega J"), split for
 * formats that want the parts. A name without trailing initials ("国家卫生健康委员会") is an
 * institution and stays whole.
 */
public record AuthorName(String family, String given) {

    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{1,3}|\\p{Lu}(-\\p{Lu}){1,2}");

    public static AuthorName parse(String stored) {
        String name = stored.strip();
        int space = name.lastIndexOf(' ');
        if (space > 0 && INITIALS.matcher(name.substring(space + 1)).matches()) {
            return new AuthorName(name.substring(0, space).strip(), name.substring(space + 1));
        }
        return new AuthorName(name, null);
    }

    public boolean isInstitution() {
        return given == null;
    }

    /** "J.-H." style initials with full stops, as RIS and BibTeX readers expect them. */
    public String dottedInitials() {
        if (given == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < given.length(); i++) {
            char c = given.charAt(i);
            if (c == '-') {
                out.append('-');
            } else {
                if (out.length() > 0 && out.charAt(out.length() - 1) == '.') {
                    out.append(' ');
                }
                out.append(c).append('.');
            }
        }
        return out.toString();
    }
}
