package com.hcpress.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Published articles by the names on them (expert, author credit), for the readers who follow them. */
@Service
@Transactional(readOnly = true)
public class ArticleBylines {

    private static final String COLUMNS = "select id, slug, title, zone_id, expert_name, author_credit from article ";

    private final JdbcClient jdbc;

    ArticleBylines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PublishedByline> published(String slug) {
        return jdbc.sql(COLUMNS + "where slug = ? and status = 'PUBLISHED'").param(slug).query(ArticleBylines::row).optional();
    }

    public Optional<PublishedByline> published(long id) {
        return jdbc.sql(COLUMNS + "where id = ? and status = 'PUBLISHED'").param(id).query(ArticleBylines::row).optional();
    }

    /** The published ones among {@code ids}, in one query. */
    public List<PublishedByline> published(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + "where id = any(?) and status = 'PUBLISHED'")
                .param(ids.stream().distinct().toArray(Long[]::new)).query(ArticleBylines::row).list();
    }

    /** Per name, the zones of the published articles naming it as expert or author credit, in one query. */
    public Map<String, Set<Long>> zonesNaming(Collection<String> names) {
        Map<String, Set<Long>> zones = new HashMap<>();
        if (names.isEmpty()) {
            return zones;
        }
        jdbc.sql("""
                        select distinct n.name, a.zone_id from unnest(cast(? as text[])) as n (name)
                        join article a on a.status = 'PUBLISHED' and n.name in (a.expert_name, a.author_credit)
                        """)
                .param(names.stream().distinct().toArray(String[]::new))
                .query((ResultSet rs) -> {
                    zones.computeIfAbsent(rs.getString("name"), name -> new TreeSet<>()).add(rs.getLong("zone_id"));
                });
        return zones;
    }

    private static PublishedByline row(ResultSet rs, int n) throws SQLException {
        return new PublishedByline(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getLong("zone_id"),
                rs.getString("expert_name"), rs.getString("author_credit"));
    }
}
