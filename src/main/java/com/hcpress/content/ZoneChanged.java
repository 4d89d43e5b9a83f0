package com.hcpress.content;

/** A zone's names, descriptions or place changed; published inside the transaction that changed it. */
record ZoneChanged(long zoneId) {
}
