package com.hcpress.gate;

import com.hcpress.shared.web.LocalPath;

/** Where the gate of a zone lives, so others can send a reader there and get them back. */
public final class GatePaths {

    private GatePaths() {
    }

    public static String gate(String zoneSlug, String next) {
        return "/gate/" + zoneSlug + "?next=" + LocalPath.encode(next);
    }
}
