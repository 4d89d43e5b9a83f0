package com.hcpress.content;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.shared.cache.CacheChanges;
import com.hcpress.evidence.EvidenceCatalog;
import com.hcpress.shared.cache.CacheRegistry;

/**
 * Articles related to a published article, best first: those citing the same studies (evidence
 * pages) or the same references (by DOI or PubMed id), those of the same zone, those whose
 * titles share terms (Latin words and pairs of Chinese characters), and those whose bodies share
 * the article's distinctive body terms (a "more like this" over PostgreSQL's indexed
 * {@code body_terms}). Candidates are the articles sharing a study, a reference or body terms,
 * from any zone, and the newest {@value #SAME_ZONE_CANDIDATES} of the same zone.
 *
 * <p>The answer is the same for everyone and names articles of any zone: the caller keeps only
 * those of zones the reader may see. Kept per article in a bounded cache, dropped when any article
 * changes (on every instance) and after {@link #LIFETIME} at most, since studies can change
 * without an article changing.
 */
@Component
public class RelatedArticles {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    static final int KEPT = 20;
    static final int SAME_ZONE_CANDIDATES = 200;
    private static final int MAX_ENTRIES = 2_000;
    /** Body terms: the most frequent of the article's own looked at, the distinctive ones kept. */
    static final int OWN_TERMS = 60;
    static final int BODY_TERMS = 20;
    /** A term in more than this share of published articles says nothing about likeness. */
    static final double COMMON_SHARE = 0.3;
    /** Articles sharing body terms taken as candidates, from any zone. */
    static final int BODY_CANDIDATES = 50;
    private static final Pattern LATIN_WORD = Pattern.compile("[a-z0-9][a-z0-9+-]*[a-z0-9+]|[a-z]");
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+");
    private static final Set<String> STOP_WORDS = Set.of("and", "the", "for", "with", "of", "in", "on", "to", "a",
            "an", "vs", "or", "by", "at", "from");

    private final JdbcClient jdbc;
    private final EvidenceCatalog evidence;
    private final Cache<Long, List<RelatedArticle>> related;

    RelatedArticles(JdbcClient jdbc, EvidenceCatalog evidence, CacheChanges changes, CacheRegistry caches) {
        this.jdbc = jdbc;
        this.evidence = evidence;
        this.related = caches.register("related-articles", Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES).expireAfterWrite(LIFETIME).recordStats()
                .<Long, List<RelatedArticle>>build());
        // A new, changed or withdrawn article can change any article's list.
        changes.subscribe(PublishedRevisions.CHANGES, key -> related.invalidateAll());
    }

    /** Up to {@value #KEPT} articles related to the published article {@code articleId}, best first. */
    public List<RelatedArticle> of(long articleId) {
        return related.get(articleId, this::compute);
    }

    /** {@code bodyOverlap}: the share of this article's distinctive body terms the candidate's body has. */
    private record Candidate(long id, String slug, String title, LocalDate publishedOn, long zoneId,
                             int studies, int references, boolean sameZone, double bodyOverlap) {
    }

    /**
     * "More like this" over the body: the article's most frequent body terms (the {@code body_terms}
     * column and {@code article_terms} of V154), each weighed by how rare it is among published
     * articles (tf·idf), leaving out those in more than {@value #COMMON_SHARE} of them; the best
     * {@value #BODY_TERMS}.
     */
    private List<String> distinctiveBodyTerms(long articleId) {
        return jdbc.sql("""
                        with mine as (
                            select term, count(*) as tf
                            from unnest(article_terms((select body_markdown from article where id = :id))) term
                            group by term order by count(*) desc, term limit :ownTerms),
                        total as (select count(*) as n from article where status = 'PUBLISHED'),
                        df as (
                            select m.term, m.tf,
                                   (select count(*) from article a where a.status = 'PUBLISHED' and a.id <> :id
                                      and a.body_terms @@ cast(quote_literal(m.term) as tsquery)) as df
                            from mine m)
                        select term from df, total
                        where df.df > 0 and df.df <= greatest(2, total.n * :commonShare)
                        order by df.tf * ln((total.n + 1.0) / (df.df + 1)) desc, term limit :bodyTerms""")
                .param("id", articleId).param("ownTerms", OWN_TERMS).param("commonShare", COMMON_SHARE)
                .param("bodyTerms", BODY_TERMS)
                .query(String.class).list();
    }

    /** The terms as a tsquery matching any of them; terms hold no quote, so each is quoted as it is. */
    private static String query(List<String> terms) {
        return terms.stream().map(term -> "'" + term + "'").reduce((a, b) -> a + " | " + b).orElse("");
    }

    private List<RelatedArticle> compute(long articleId) {
        Map.Entry<String, String> slugAndTitle = jdbc.sql("select slug, title from article where id = ? and status = 'PUBLISHED'")
                .param(articleId).query((rs, n) -> Map.entry(rs.getString("slug"), rs.getString("title")))
                .optional().orElse(null);
        if (slugAndTitle == null) {
            return List.of();
        }
        String title = slugAndTitle.getValue();
        Set<String> terms = terms(title);
        // The studies belong to evidence, which is asked for the articles sharing them.
        List<Map.Entry<String, Integer>> sharingStudies =
                List.copyOf(evidence.articlesSharingStudies(slugAndTitle.getKey()).entrySet());
        List<String> bodyTerms = distinctiveBodyTerms(articleId);
        List<Candidate> candidates = jdbc.sql("""
                        with me as (select id, slug, zone_id from article where id = :id),
                        chosen as (select unnest(string_to_array(:bodyTerms, ' ')) as term),
                        body as (
                            select o.id as other,
                                   (select count(*) from chosen c where o.body_terms @@ cast(quote_literal(c.term) as tsquery)) as n
                            from article o
                            where o.status = 'PUBLISHED' and o.id <> :id and :bodyQuery <> ''
                              and o.body_terms @@ cast(:bodyQuery as tsquery)
                            order by n desc, o.id desc limit :bodyCandidates),
                        refs as (
                            select b.article_id as other,
                                   count(distinct coalesce(lower(b.doi), 'pmid:' || b.pmid)) as n
                            from article_reference a
                            join article_reference b on b.article_id <> a.article_id
                                 and ((a.doi is not null and lower(a.doi) = lower(b.doi))
                                      or (a.pmid is not null and a.pmid = b.pmid))
                            where a.article_id = :id
                            group by b.article_id),
                        studies as (
                            select o.id as other, s.n
                            from unnest(cast(:studySlugs as text[]), cast(:studyCounts as int[])) as s (slug, n)
                            join article o on o.slug = s.slug),
                        near as (
                            select o.id from article o, me
                            where o.zone_id = me.zone_id and o.status = 'PUBLISHED' and o.id <> me.id
                            order by o.published_on desc nulls last, o.id desc limit :sameZone)
                        select o.id, o.slug, o.title, o.published_on, o.zone_id,
                               coalesce(s.n, 0) as studies, coalesce(r.n, 0) as refs, o.zone_id = me.zone_id as same_zone,
                               coalesce(b.n, 0) as body_terms
                        from article o cross join me
                        left join refs r on r.other = o.id
                        left join studies s on s.other = o.id
                        left join body b on b.other = o.id
                        where o.status = 'PUBLISHED' and o.id <> me.id
                          and (r.other is not null or s.other is not null or b.other is not null
                               or o.id in (select id from near))
                        """)
                .param("id", articleId).param("sameZone", SAME_ZONE_CANDIDATES)
                .param("studySlugs", sharingStudies.stream().map(Map.Entry::getKey).toArray(String[]::new))
                .param("studyCounts", sharingStudies.stream().map(Map.Entry::getValue).toArray(Integer[]::new))
                .param("bodyTerms", String.join(" ", bodyTerms)).param("bodyQuery", query(bodyTerms))
                .param("bodyCandidates", BODY_CANDIDATES)
                .query((rs, n) -> new Candidate(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                        rs.getObject("published_on", LocalDate.class), rs.getLong("zone_id"), rs.getInt("studies"),
                        rs.getInt("refs"), rs.getBoolean("same_zone"),
                        bodyTerms.isEmpty() ? 0 : rs.getDouble("body_terms") / bodyTerms.size()))
                .list();
        return candidates.stream()
                .map(c -> new RelatedArticle(c.id(), c.slug(), c.title(), c.publishedOn(), c.zoneId(), c.studies(),
                        c.references(), score(c, terms)))
                .sorted(Comparator.comparingDouble(RelatedArticle::score).reversed()
                        .thenComparing(RelatedArticle::publishedOn, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Comparator.comparingLong(RelatedArticle::id).reversed()))
                .limit(KEPT)
                .toList();
    }

    private static double score(Candidate candidate, Set<String> terms) {
        return 4.0 * candidate.studies() + 3.0 * candidate.references() + (candidate.sameZone() ? 1.0 : 0.0)
                + 3.0 * overlap(terms, terms(candidate.title())) + 3.0 * candidate.bodyOverlap();
    }

    /** Jaccard similarity of two sets of terms. */
    public static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / (a.size() + b.size() - common.size());
    }

    /** Latin words (no stop words) and pairs of adjacent Chinese characters of a title. */
    public static Set<String> terms(String title) {
        Set<String> terms = new HashSet<>();
        String lower = title.toLowerCase(Locale.ROOT);
        Matcher words = LATIN_WORD.matcher(lower);
        while (words.find()) {
            if (!STOP_WORDS.contains(words.group())) {
                terms.add(words.group());
            }
        }
        Matcher han = HAN_RUN.matcher(lower);
        while (han.find()) {
            String run = han.group();
            if (run.codePointCount(0, run.length()) == 1) {
                terms.add(run);
            }
            int[] points = run.codePoints().toArray();
            for (int i = 0; i + 1 < points.length; i++) {
                terms.add(new String(points, i, 2));
            }
        }
        return terms;
    }
}
