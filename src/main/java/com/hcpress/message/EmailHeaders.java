package com.hcpress.message;

import java.util.Map;

/** Adds headers to an email as it leaves, e.g. the notification centre's one-click unsubscribe. */
public interface EmailHeaders {

    Map<String, String> headersFor(OutboxMessage message);
}
