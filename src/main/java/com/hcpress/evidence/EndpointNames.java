package com.hcpress.evidence;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads endpoint names as the evidence writes them, qualifiers and all: "PFS (median, BICR
 * mRECIST)", "OS HR and 95% CIs (added)", "Symptomatic PFS (added)".
 */
final class EndpointNames {

    /** A time-to-event endpoint at the start, with at most one qualifying word: "TACE-PFS", "Intrahepatic PFS". */
    private static final Pattern TIME_TO_EVENT =
            Pattern.compile("^((?:[A-Za-z]+[ -]|\\p{IsHan}+ ?)?(?:PFS|OS|TTP|DFS|RFS|EFS))\\b");
    private static final Pattern RESPONSE = Pattern.compile("\\b(orr|dcr|response)\\b");
    private static final Pattern QUALIFIER = Pattern.compile("\\s*[(\\[（：].*$");
    private static final Pattern ABBREVIATION = Pattern.compile("^[A-Z0-9-]+$");

    private EndpointNames() {
    }

    static String abbreviation(String endpoint) {
        Matcher timeToEvent = TIME_TO_EVENT.matcher(endpoint);
        if (timeToEvent.find()) {
            return timeToEvent.group(1);
        }
        String withoutQualifiers = QUALIFIER.matcher(endpoint).replaceFirst("");
        return withoutQualifiers.isEmpty() ? endpoint : withoutQualifiers;
    }

    /** "TACE-PFS", "OS": capitals, digits and hyphens only, the same in every language. */
    static boolean isAbbreviation(String name) {
        return ABBREVIATION.matcher(name).matches();
    }

    static int headlineRank(String endpoint) {
        if (TIME_TO_EVENT.matcher(endpoint).find()) {
            return 0;
        }
        return RESPONSE.matcher(endpoint.toLowerCase(Locale.ROOT)).find() ? 1 : 2;
    }
}
