package com.hcpress.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The editors' read side: every article, drafts included, and each one's history. */
@Service
@Transactional(readOnly = true)
public class EditorCatalog {

    static final int LIST_LIMIT = 200;

    private final Articles articles;
    private final ArticleRevisions revisions;

    EditorCatalog(Articles articles, ArticleRevisions revisions) {
        this.articles = articles;
        this.revisions = revisions;
    }

    /** Most recently changed first; {@code status} null for all, {@code title} a part of the title. */
    public List<EditorArticleRow> articles(ArticleStatus status, String title) {
        String part = title == null ? "" : title.strip();
        List<Article> found = status == null
                ? articles.findByTitleContainingIgnoreCaseOrderByUpdatedAtDescIdDesc(part, Limit.of(LIST_LIMIT))
                : articles.findByStatusAndTitleContainingIgnoreCaseOrderByUpdatedAtDescIdDesc(status, part, Limit.of(LIST_LIMIT));
        return found.stream().map(Article::toRow).toList();
    }

    public Optional<EditableArticle> article(long id) {
        return articles.findById(id).map(Article::toEditable);
    }

    public boolean slugTaken(String slug) {
        return articles.existsBySlug(slug);
    }

    public List<RevisionSummary> history(long articleId) {
        return revisions.findByArticleIdOrderByRevisionDesc(articleId).stream().map(ArticleRevision::toSummary).toList();
    }

    /** An old revision as it was saved, with the zone it was in. */
    public Optional<StoredRevision> revision(long articleId, int revision) {
        return revisions.findByArticleIdAndRevision(articleId, revision)
                .map(old -> new StoredRevision(old.toSummary(), old.zoneId(), old.toDraft()));
    }

    public record StoredRevision(RevisionSummary summary, long zoneId, ArticleDraft draft) {
    }
}
