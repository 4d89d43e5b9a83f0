package com.hcpress.consent;

import java.util.Collection;
import java.util.Map;

/**
 * The slugs of zones, which consent names in the export beside each consent to a zone's terms.
 * Zones belong to content, which depends on consent (through account), so consent owns this
 * question and content answers it.
 */
public interface ZoneSlugs {

    /** The slug of each known zone among {@code zoneIds}, in one lookup; unknown ids are left out. */
    Map<Long, String> slugsOf(Collection<Long> zoneIds);
}
