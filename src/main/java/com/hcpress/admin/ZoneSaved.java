package com.hcpress.admin;

import java.util.Map;

/** The zone's id when saved, or per form field the message key of what is wrong. */
public record ZoneSaved(Long zoneId, Map<String, String> problems) {

    public boolean succeeded() {
        return zoneId != null;
    }
}
