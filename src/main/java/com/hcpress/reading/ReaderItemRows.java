package com.hcpress.reading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.hcpress.content.ArticleListing;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ZoneView;
import com.hcpress.evidence.EvidenceCatalog;

/**
 * The columns every bookmark and history row is read with, and how the rows of a page become
 * {@link ReaderItem}s: the articles are asked of content and the studies of evidence, one lookup
 * each per page. A study is guarded by the tools zone's gate, as its page is.
 */
@Component
class ReaderItemRows {

    /** The stored item of a row of table alias {@code r}: article or study. */
    static final String COLUMNS = "r.id, r.article_id, r.study_id";
    /** The order of the bookmarks by title, on the title each bookmark keeps. */
    static final String TITLE = "lower(r.title)";

    /** A row as stored, before its item is looked up. */
    record Stored(long id, Long articleId, String studyId, Instant at, List<String> tags) {
    }

    /** The stored id of an item that exists (an article: that is published), and its title. */
    record Target(Object id, String title) {
    }

    private final String toolsZone;
    private final ContentCatalog catalog;
    private final EvidenceCatalog evidence;

    ReaderItemRows(@Value("${hcpress.tools.zone:liver-intervention}") String toolsZone, ContentCatalog catalog,
                   EvidenceCatalog evidence) {
        this.toolsZone = toolsZone;
        this.catalog = catalog;
        this.evidence = evidence;
    }

    /** The id of the tools zone, whose gate guards studies (0 while there is none). */
    long toolsZone() {
        return catalog.zone(toolsZone).map(ZoneView::id).orElse(0L);
    }

    static Stored stored(ResultSet row, String timeColumn, boolean withTags) throws SQLException {
        String tags = withTags ? row.getString("tags") : null;
        return new Stored(row.getLong("id"), (Long) row.getObject("article_id"), row.getString("study_id"),
                row.getTimestamp(timeColumn).toInstant(), tags == null ? List.of() : Arrays.asList(tags.split(",")));
    }

    /** The items of these rows, in their order. */
    List<ReaderItem> items(List<Stored> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, ArticleListing> articles = catalog.articleListings(rows.stream().map(Stored::articleId)
                .filter(Objects::nonNull).toList());
        List<String> studyIds = rows.stream().map(Stored::studyId).filter(Objects::nonNull).toList();
        Map<String, String> studies = evidence.shortNames(studyIds);
        long tools = studyIds.isEmpty() ? 0 : toolsZone();
        return rows.stream().map(row -> {
            if (row.studyId() != null) {
                return new ReaderItem(row.id(), ItemKind.STUDY, row.studyId(), studies.get(row.studyId()), tools, true,
                        row.at(), row.tags());
            }
            ArticleListing article = articles.get(row.articleId());
            return new ReaderItem(row.id(), ItemKind.ARTICLE, article == null ? null : article.slug(),
                    article == null ? null : article.title(), article == null ? tools : article.zoneId(),
                    article != null && article.published(), row.at(), row.tags());
        }).toList();
    }

    /** The id column of a row naming {@code kind}: "article_id" or "study_id". */
    static String idColumn(ItemKind kind) {
        return kind == ItemKind.ARTICLE ? "article_id" : "study_id";
    }

    /**
     * The stored ids of the items of {@code kind} among {@code keys} that exist (articles: that are
     * published), by key, in one lookup; the others are absent. Article ids are {@code Long}, study ids
     * the key itself.
     */
    Map<String, Object> targetIds(ItemKind kind, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        if (kind == ItemKind.ARTICLE) {
            return Map.copyOf(catalog.publishedArticleIds(keys));
        }
        Map<String, Object> ids = new HashMap<>();
        evidence.shortNames(keys).keySet().forEach(id -> ids.put(id, id));
        return ids;
    }

    /** The stored id and title of the item, or empty when there is no such (published) item. */
    Optional<Target> target(ItemKind kind, String key) {
        if (kind == ItemKind.ARTICLE) {
            return catalog.articleSummary(key).map(article -> new Target(article.id(), article.title()));
        }
        return Optional.ofNullable(evidence.shortNames(List.of(key)).get(key)).map(name -> new Target(key, name));
    }
}
