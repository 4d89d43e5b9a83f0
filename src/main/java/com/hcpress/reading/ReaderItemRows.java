package com.hcpress.reading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ZoneView;

/**
 * The columns every bookmark and history row is read with, and how a row becomes a
 * {@link ReaderItem}. A study is guarded by the tools zone's gate, as its page is.
 */
@Component
class ReaderItemRows {

    /** The item of a row of table alias {@code r}: article or study, title, zone, published. */
    static final String COLUMNS = """
            r.id, a.slug as article_slug, r.study_id, coalesce(a.title, s.short_name) as title,
            coalesce(a.zone_id, :tools) as zone_id,
            (r.study_id is not null or a.status = 'PUBLISHED') as published""";
    static final String JOINS = " left join article a on a.id = r.article_id left join study s on s.id = r.study_id ";
    static final String TITLE = "lower(coalesce(a.title, s.short_name))";

    private final String toolsZone;
    private final ContentCatalog catalog;

    ReaderItemRows(@Value("${hcpress.tools.zone:liver-intervention}") String toolsZone, ContentCatalog catalog) {
        this.toolsZone = toolsZone;
        this.catalog = catalog;
    }

    /** The value for {@code :tools}: the id of the tools zone, whose gate guards studies (0 while there is none). */
    long toolsZone() {
        return catalog.zone(toolsZone).map(ZoneView::id).orElse(0L);
    }

    static ReaderItem item(ResultSet row, String timeColumn, boolean withTags) throws SQLException {
        String study = row.getString("study_id");
        String tags = withTags ? row.getString("tags") : null;
        return new ReaderItem(row.getLong("id"), study == null ? ItemKind.ARTICLE : ItemKind.STUDY,
                study == null ? row.getString("article_slug") : study, row.getString("title"), row.getLong("zone_id"),
                row.getBoolean("published"), row.getTimestamp(timeColumn).toInstant(),
                tags == null ? List.of() : Arrays.asList(tags.split(",")));
    }

    /** The id columns of a row naming {@code kind}/{@code key}, for an insert: "article_id" or "study_id". */
    static String idColumn(ItemKind kind) {
        return kind == ItemKind.ARTICLE ? "article_id" : "study_id";
    }

    /** A select giving the stored id of the item, or no row when there is no such (published) item. */
    static String idOf(ItemKind kind) {
        return kind == ItemKind.ARTICLE
                ? "select id from article where slug = :key and status = 'PUBLISHED'"
                : "select id from study where id = :key";
    }
}
