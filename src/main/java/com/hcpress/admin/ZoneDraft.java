package com.hcpress.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import com.hcpress.content.NewZone;
import com.hcpress.shared.Slug;

/** A zone as an editor typed it; the position comes as text and must be a whole number. */
public record ZoneDraft(String slug, String nameZh, String nameEn, String descriptionZh, String descriptionEn,
                        String position) {

    public static final int MAX_SLUG = 80;
    public static final int MAX_NAME = 120;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_POSITION = 9999;

    public static ZoneDraft of(NewZone zone) {
        return new ZoneDraft(zone.slug(), zone.nameZh(), zone.nameEn(), zone.descriptionZh(), zone.descriptionEn(),
                Integer.toString(zone.position()));
    }

    public static ZoneDraft empty() {
        return new ZoneDraft("", "", "", "", "", "0");
    }

    /** Per form field, the message key of what is wrong. The slug is checked only for new zones. */
    Map<String, String> problems(boolean checkSlug) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (checkSlug) {
            String clean = strip(slug);
            if (!Slug.isSlug(clean, MAX_SLUG)) {
                problems.put("slug", "zones.error.slug");
            }
        }
        name(problems, "nameZh", nameZh);
        name(problems, "nameEn", nameEn);
        if (strip(descriptionZh).length() > MAX_DESCRIPTION) {
            problems.put("descriptionZh", "zones.error.description");
        }
        if (strip(descriptionEn).length() > MAX_DESCRIPTION) {
            problems.put("descriptionEn", "zones.error.description");
        }
        if (parsedPosition() < 0) {
            problems.put("position", "zones.error.position");
        }
        return problems;
    }

    NewZone toZone() {
        return new NewZone(strip(slug), strip(nameZh), strip(nameEn), strip(descriptionZh), strip(descriptionEn),
                parsedPosition());
    }

    private int parsedPosition() {
        String text = strip(position);
        if (!text.matches("\\d{1,4}")) {
            return -1;
        }
        int value = Integer.parseInt(text);
        return value <= MAX_POSITION ? value : -1;
    }

    private static void name(Map<String, String> problems, String field, String value) {
        String clean = strip(value);
        if (clean.isEmpty()) {
            problems.put(field, "zones.error.name.required");
        } else if (clean.length() > MAX_NAME) {
            problems.put(field, "zones.error.name.tooLong");
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
