package com.hcpress.evidence;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.hcpress.shared.cache.CacheChanges;

/**
 * Announces a changed study on the cache change bus ({@link EvidenceCatalog#CHANGES}), inside the
 * change's transaction: pages that show the evidence beside an article's text keep copies that a
 * study change makes stale without any new revision of the article.
 */
@Component
class StudyChangeNotices {

    private final CacheChanges changes;

    StudyChangeNotices(CacheChanges changes) {
        this.changes = changes;
    }

    @EventListener
    void changed(StudyChanged change) {
        String id = change.studyId();
        changes.announce(EvidenceCatalog.CHANGES, id.length() <= 100 ? id : CacheChanges.EVERYTHING);
    }
}
