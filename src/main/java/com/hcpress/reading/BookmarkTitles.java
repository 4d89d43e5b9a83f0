package com.hcpress.reading;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.content.ArticleChanged;
import com.hcpress.content.ArticleListing;
import com.hcpress.content.ContentCatalog;
import com.hcpress.evidence.EvidenceCatalog;
import com.hcpress.evidence.StudyChanged;

/**
 * Keeps the title each bookmark is sorted by when its article's title or its study's short name
 * changes, in the transaction of the change.
 */
@Component
class BookmarkTitles {

    private final JdbcClient jdbc;
    private final ContentCatalog catalog;
    private final EvidenceCatalog evidence;

    BookmarkTitles(JdbcClient jdbc, ContentCatalog catalog, EvidenceCatalog evidence) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.evidence = evidence;
    }

    @EventListener
    @Transactional
    void articleChanged(ArticleChanged changed) {
        ArticleListing article = catalog.articleListings(List.of(changed.articleId())).get(changed.articleId());
        if (article != null) {
            jdbc.sql("update bookmark set title = ? where article_id = ? and title is distinct from ?")
                    .params(article.title(), article.id(), article.title()).update();
        }
    }

    @EventListener
    @Transactional
    void studyChanged(StudyChanged changed) {
        String name = evidence.shortNames(List.of(changed.studyId())).get(changed.studyId());
        if (name != null) {
            jdbc.sql("update bookmark set title = ? where study_id = ? and title is distinct from ?")
                    .params(name, changed.studyId(), name).update();
        }
    }
}
