package com.hcpress.content;

import java.util.Collection;
import java.util.Map;

/**
 * The visible comment count of articles, for the zone page's list. Comments belong to the comment
 * feature, which depends on content, so content owns this question and comment answers it.
 */
public interface CommentCounts {

    /** The visible comment count of each article among {@code articleIds} that has one, in one lookup. */
    Map<Long, Long> visibleCounts(Collection<Long> articleIds);
}
