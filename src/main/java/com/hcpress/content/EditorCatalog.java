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

    private final Articles articles;
    private final ArticleRevisions revisions;

    EditorCatalog(Articles articles, ArticleRevisions revisions) {
        this.articles = articles;
        this.revisions = revisions;
    }

    /**
     * Most recently changed first, one page after {@code after} (empty: the first page);
     * {@code status} null for all, {@code title} a part of the title.
     */
    public ListPage<EditorArticleRow> articles(ArticleStatus status, String title, Optional<ListCursor> after) {
        String part = title == null ? "" : title.strip();
        String escaped = part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        List<EditorArticleRow> found = articles.findForDesk(escaped, status, ListCursor.instantOrLast(after),
                ListCursor.idOrLast(after), Limit.of(ListCursor.PAGE + 1)).stream().map(Article::toRow).toList();
        return ListPage.of(found, row -> new ListCursor(row.updatedAt().toString(), row.id()));
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
