package com.hcpress.content;

/** A zone was added, or its names, descriptions or place changed; published inside the transaction that did it. */
record ZoneChanged(long zoneId) {
}
