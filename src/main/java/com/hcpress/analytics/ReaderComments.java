package com.hcpress.analytics;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;

/**
 * Readers' comments for the newsroom's statistics, asked of comment (which depends on the gate,
 * which uses analytics, so the question is analytics' own and comment answers it).
 */
public interface ReaderComments {

    /**
     * Per article among {@code articleIds}, the comments written since {@code since} and not
     * deleted, leaving out those by editors and administrators; articles without any are absent.
     * One lookup for the whole batch.
     */
    Map<Long, Long> since(Collection<Long> articleIds, OffsetDateTime since);
}
