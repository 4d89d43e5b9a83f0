package com.hcpress.analytics;

import java.util.Collection;
import java.util.Set;

/**
 * The last step of a zone's gate funnel, asked of the gate (which uses analytics to note gate
 * visits, so the question is analytics' own and the gate answers it).
 */
public interface ZonePasses {

    /** Those of {@code accountIds} who have passed the zone's gate, in one lookup. */
    Set<Long> passed(long zoneId, Collection<Long> accountIds);
}
