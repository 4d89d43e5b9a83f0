package com.hcpress.follow;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One follow as stored: a zone (id, slug and names) or an expert's name, with the zones where that
 * name is on a published article ({@code expertZoneIds}), so that a list can withhold the name from
 * a reader who may open none of them.
 */
public record FollowView(long id, Long zoneId, String zoneSlug, String zoneNameZh, String zoneNameEn, String expertName,
                         Instant createdAt, List<Long> expertZoneIds) {

    public boolean isZone() {
        return zoneId != null;
    }

    public String zoneName(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? zoneNameEn : zoneNameZh;
    }
}
