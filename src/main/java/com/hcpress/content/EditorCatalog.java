package com.hcpress.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The editors' read side: every article, drafts included, and each one's history. */
@Service
@Transactional(readOnly = true)
public class EditorCatalog {

    private final Articles articles;
    private final ArticleRevisions revisions;
    private final ArticleRenderer rendering;
    private final JdbcClient jdbc;

    EditorCatalog(Articles articles, ArticleRevisions revisions, ArticleRenderer rendering, JdbcClient jdbc) {
        this.articles = articles;
        this.revisions = revisions;
        this.rendering = rendering;
        this.jdbc = jdbc;
    }

    /**
     * Articles out of the trash, most recently changed first, one page after {@code after} (empty:
     * the first page); {@code title} a part of the title, and the filter's other parts null for all.
     */
    public ListPage<EditorArticleRow> articles(DeskFilter filter, Optional<ListCursor> after) {
        String part = filter.title() == null ? "" : filter.title().strip();
        String escaped = part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        boolean everyZone = filter.withinZones() == null;
        // An empty IN list is not valid SQL: a zone id no zone has stands for "none".
        List<Long> zones = everyZone || filter.withinZones().isEmpty() ? List.of(-1L) : List.copyOf(filter.withinZones());
        List<EditorArticleRow> found = articles.findForDesk(escaped, filter.state(), filter.zoneId(), everyZone, zones,
                filter.authorId(),
                ListCursor.instantOrLast(after), ListCursor.idOrLast(after), Limit.of(ListCursor.PAGE + 1))
                .stream().map(Article::toRow).toList();
        return ListPage.of(found, row -> new ListCursor(row.updatedAt().toString(), row.id()));
    }

    /** The trash, last deleted first. */
    public ListPage<EditorArticleRow> trash(Optional<ListCursor> after) {
        List<EditorArticleRow> found = articles.findInTrash(ListCursor.instantOrLast(after), ListCursor.idOrLast(after),
                Limit.of(ListCursor.PAGE + 1)).stream().map(Article::toRow).toList();
        return ListPage.of(found, row -> new ListCursor(row.deletedAt().toString(), row.id()));
    }

    /** Everyone who created an article, by account id, with the name the history shows, for the filter. */
    public Map<Long, String> authors() {
        Map<Long, String> authors = new LinkedHashMap<>();
        jdbc.sql("select distinct on (a.created_by) a.created_by, r.edited_by_name from article a"
                        + " join article_revision r on r.article_id = a.id and r.edited_by = a.created_by"
                        + " where a.created_by is not null order by a.created_by, r.revision limit 500")
                .query((rs, row) -> authors.put(rs.getLong(1), rs.getString(2))).list();
        return authors;
    }

    public Optional<EditableArticle> article(long id) {
        return articles.findById(id).map(rendering::editable);
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
