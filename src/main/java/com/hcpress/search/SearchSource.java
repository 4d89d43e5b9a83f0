package com.hcpress.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A kind of content that search indexes (articles, studies), read from its own feature's public
 * API; each kind's change events are recorded in the outbox by {@link ContentChangeListener}.
 */
interface SearchSource {

    String kind();

    /**
     * The entries of each unit as it stands now, by id; an id missing from the answer (a draft, a
     * deleted unit) must not be found.
     */
    Map<String, List<IndexedEntry>> entries(Collection<String> ids);

    /** Ids of the units that should be indexed, in ascending order after {@code afterId} (null: from the first). */
    List<String> ids(String afterId, int limit);

    /** What the index must hold for this kind to be current. */
    IndexDigest digest();
}
