package com.hcpress.evidence;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of evidence: studies as read models, and the evidence behind an article. */
@Service
@Transactional(readOnly = true)
public class EvidenceCatalog {

    /** The cache topic of study changes; the key is the study's id. */
    public static final String CHANGES = "study";

    private final Studies studies;
    private final JdbcClient jdbc;

    EvidenceCatalog(Studies studies, JdbcClient jdbc) {
        this.studies = studies;
        this.jdbc = jdbc;
    }

    /** The short name of each known study among {@code ids}, in one query. */
    public Map<String, String> shortNames(Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, short_name from study where id = any(?)").param(ids.stream().distinct().toArray(String[]::new))
                .query((ResultSet rs) -> {
                    names.put(rs.getString("id"), rs.getString("short_name"));
                });
        return names;
    }

    /**
     * The other articles citing a study that the article {@code articleSlug} cites: per article
     * slug, how many such studies they share. One query.
     */
    public Map<String, Integer> articlesSharingStudies(String articleSlug) {
        return jdbc.sql("""
                        select b.article_slug as slug, count(distinct b.study_id) as n
                        from study_citation a
                        join study_citation b on b.study_id = a.study_id and b.article_slug <> a.article_slug
                        where a.article_slug = ?
                        group by b.article_slug""")
                .param(articleSlug)
                .query((rs, n) -> Map.entry(rs.getString("slug"), rs.getInt("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Optional<Study> study(String id) {
        return studies.findById(id).map(StoredStudy::toStudy);
    }

    /** The studies the article cites, in the order of their first reference number. */
    public List<Study> studiesCitedBy(String articleSlug) {
        return studies.citedBy(articleSlug).stream()
                .map(StoredStudy::toStudy)
                .sorted(Comparator.comparingInt(study -> study.referencesIn(articleSlug).get(0)))
                .toList();
    }

    public ArticleEvidence forArticle(String articleSlug) {
        List<Study> cited = studiesCitedBy(articleSlug);
        return new ArticleEvidence(articleSlug, cited, ForestPlot.of(cited, articleSlug));
    }

    /** Ids of all studies in ascending order after {@code afterId} (null: from the first). */
    public List<String> studyIds(String afterId, int limit) {
        return studies.idsAfter(afterId == null ? "" : afterId, Limit.of(limit));
    }

    /** The known studies among {@code ids}, in the order asked; unknown ids are left out. */
    public Map<String, Study> studies(Collection<String> ids) {
        Map<String, Study> byId = studies.findAllById(ids).stream()
                .collect(Collectors.toMap(StoredStudy::id, StoredStudy::toStudy));
        Map<String, Study> inOrderAsked = new LinkedHashMap<>();
        ids.stream().filter(byId::containsKey).forEach(id -> inOrderAsked.put(id, byId.get(id)));
        return inOrderAsked;
    }
}
