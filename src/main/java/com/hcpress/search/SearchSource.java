package com.hcpress.search;

import java.util.List;

/**
 * A kind of content that search indexes, read from its own feature's public API. Studies join
 * as one more implementation, with their change event recorded in the outbox like articles'.
 */
interface SearchSource {

    String kind();

    /** The entries of one unit as it stands now; none when it must not be found (a draft, gone). */
    List<IndexedEntry> entries(String id);

    /** Ids of the units that should be indexed, in ascending order after {@code afterId} (null: from the first). */
    List<String> ids(String afterId, int limit);

    /** What the index must hold for this kind to be current. */
    IndexDigest digest();
}
