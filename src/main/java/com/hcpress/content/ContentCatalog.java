package com.hcpress.content;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.consent.ZonesWithConsent;

/**
 * The read side of content: zones, published articles and images, as read models. What pages ask on
 * every request (zones, a published article by slug) is read from kept copies, outside any
 * transaction and so past no transaction interceptor; the rest reads the tables in a read-only one.
 */
@Service
public class ContentCatalog {

    private final Zones zones;
    private final Articles articles;
    private final Images images;
    private final KeptZones keptZones;
    private final ZonesWithConsent zonesWithConsent;
    private final CommentCounts commentCounts;
    private final LibraryFigures figures;
    private final PublishedRevisions publishedRevisions;

    ContentCatalog(Zones zones, Articles articles, Images images, KeptZones keptZones,
                   ZonesWithConsent zonesWithConsent, CommentCounts commentCounts, LibraryFigures figures,
                   PublishedRevisions publishedRevisions) {
        this.figures = figures;
        this.publishedRevisions = publishedRevisions;
        this.zones = zones;
        this.articles = articles;
        this.images = images;
        this.keptZones = keptZones;
        this.zonesWithConsent = zonesWithConsent;
        this.commentCounts = commentCounts;
    }

    /** Every zone in its place, as {@link KeptZones} keeps them: no transaction, no query while kept. */
    public List<ZoneView> zones() {
        return keptZones.all();
    }

    /**
     * The zones readers are shown on the home page and in search: those whose informed consent
     * is published. A new zone stays unlisted until then, so nobody is let into a zone whose
     * terms nobody has written yet. Both read from kept copies ({@link KeptZones}, {@link ZonesWithConsent}).
     */
    public List<ZoneView> listedZones() {
        Set<Long> withConsent = zonesWithConsent.ids();
        return keptZones.all().stream().filter(zone -> withConsent.contains(zone.id())).toList();
    }

    /** The zone of {@code slug}, as {@link KeptZones} keeps it: no transaction, no query while kept. */
    public Optional<ZoneView> zone(String slug) {
        return keptZones.bySlug(slug);
    }

    /** The zone of {@code id}, as {@link KeptZones} keeps it. */
    public Optional<ZoneView> zone(long id) {
        return keptZones.byId(id);
    }

    /** Whether a zone has {@code slug}, as the table says in this transaction (not the kept copy). */
    @Transactional(readOnly = true)
    public boolean zoneSlugTaken(String slug) {
        return zones.findBySlug(slug).isPresent();
    }

    /** Everything an editor may change about a zone, with its place in the list. */
    @Transactional(readOnly = true)
    public Optional<NewZone> zoneDetails(long id) {
        return zones.findById(id).map(Zone::toDetails);
    }

    /** A zone's published articles, newest first, one page after {@code after} (empty: the first page). */
    @Transactional(readOnly = true)
    public ListPage<ArticleSummary> publishedArticles(long zoneId, Optional<ListCursor> after) {
        List<ArticleSummary> found = articles.findPublishedSummariesInZone(zoneId, ListCursor.UNDATED, ListCursor.dayOrLast(after),
                        ListCursor.idOrLast(after), Limit.of(ListCursor.PAGE + 1))
                .stream().map(PublishedRevisionRow::toSummary).toList();
        return ListPage.of(found, article -> new ListCursor(
                (article.publishedOn() == null ? ListCursor.UNDATED : article.publishedOn()).toString(), article.id()));
    }

    /**
     * A page of {@link #publishedArticles(long, Optional)} as the zone page lists it. With
     * {@code passed}, each article's lead and visible comment count (read from the comments'
     * counter rows, never by counting); without, title, date and source only, marked locked.
     */
    @Transactional(readOnly = true)
    public ListPage<ArticleListItem> publishedArticleList(long zoneId, Optional<ListCursor> after, boolean passed) {
        List<PublishedLeadRow> found = articles.findPublishedLeadsInZone(zoneId, ListCursor.UNDATED,
                ListCursor.dayOrLast(after), ListCursor.idOrLast(after), Limit.of(ListCursor.PAGE + 1));
        Map<Long, Long> counts = passed && !found.isEmpty()
                ? commentCounts.visibleCounts(found.stream().map(PublishedLeadRow::id).toList())
                : Map.of();
        List<ArticleListItem> items = found.stream().map(article -> passed
                ? new ArticleListItem(article.toSummary(), article.lead() == null ? "" : article.lead(),
                        counts.getOrDefault(article.id(), 0L), false)
                : ArticleListItem.locked(article.toSummary())).toList();
        return ListPage.of(items, item -> new ListCursor((item.article().publishedOn() == null ? ListCursor.UNDATED
                : item.article().publishedOn()).toString(), item.article().id()));
    }

    /** The published article of {@code slug}, as {@link PublishedRevisions} keeps it: no transaction, no query. */
    public Optional<ArticleSummary> articleSummary(String slug) {
        return publishedRevisions.of(slug).map(PublishedRevision::summary);
    }

    @Transactional(readOnly = true)
    public Optional<ArticleView> publishedArticle(String slug) {
        return articles.findBySlug(slug)
                .filter(Article::isPublished)
                .map(article -> article.toView(zones.findById(article.zoneId()).orElseThrow().toView()))
                .map(figures::current);
    }

    /** The published ones among {@code ids}, each with its references, in one query. */
    @Transactional(readOnly = true)
    public List<ArticleView> publishedArticles(Collection<Long> ids) {
        Map<Long, ZoneView> zoneViews = zones.findAll().stream().map(Zone::toView)
                .collect(Collectors.toMap(ZoneView::id, Function.identity()));
        return articles.findByIdInAndStatus(ids, ArticleStatus.PUBLISHED).stream()
                .map(article -> article.toView(zoneViews.get(article.zoneId())))
                .map(figures::current)
                .toList();
    }

    /** The articles among {@code ids}, published or not, by id: for features that keep article ids. */
    @Transactional(readOnly = true)
    public Map<Long, ArticleSummary> articleSummaries(Collection<Long> ids) {
        return articles.findAllById(ids.stream().distinct().toList()).stream().map(Article::toSummary)
                .collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
    }

    /** The articles among {@code ids}, published or not, by id, read without their bodies, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, ArticleListing> articleListings(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return articles.findListings(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(ArticleListing::id, Function.identity()));
    }

    /**
     * The ids of the published articles among {@code slugs}, by slug, as {@link PublishedRevisions}
     * keeps them (a query only for a slug not kept); the others are absent.
     */
    public Map<String, Long> publishedArticleIds(Collection<String> slugs) {
        Map<String, Long> ids = new HashMap<>();
        for (String slug : slugs) {
            publishedRevisions.of(slug).ifPresent(published -> ids.put(slug, published.summary().id()));
        }
        return ids;
    }

    /** The id of the article of {@code slug}, published or not. */
    @Transactional(readOnly = true)
    public Optional<Long> articleId(String slug) {
        return articles.findIdBySlug(slug);
    }

    /** The zone of an article, published or not, as it stands in this transaction. */
    @Transactional(readOnly = true)
    public Optional<Long> zoneOfArticle(long articleId) {
        return articles.findZoneIdById(articleId);
    }

    /** The ids of every article of the zone, published or not, as it stands now: for the zone's statistics. */
    @Transactional(readOnly = true)
    public List<Long> articleIdsOfZone(long zoneId) {
        return articles.findIdsByZoneId(zoneId);
    }

    /** Ids of published articles after {@code afterId}, ascending: pages for walking all of them. */
    @Transactional(readOnly = true)
    public List<Long> publishedArticleIds(long afterId, int limit) {
        return articles.findPublishedIdsAfter(afterId, Limit.of(limit));
    }

    @Transactional(readOnly = true)
    public PublishedArticlesDigest publishedArticlesDigest() {
        return articles.publishedDigest();
    }

    /** The zone whose gate guards an image; empty for a public image or none at all. */
    @Transactional(readOnly = true)
    public Optional<Long> imageZone(long id) {
        return images.findZoneIdById(id);
    }

    /** Whether the image is the cover of a published article: public, like its title, for share previews. */
    @Transactional(readOnly = true)
    public boolean isPublishedCover(long id) {
        return images.isCoverOfPublishedArticle(id);
    }

    @Transactional(readOnly = true)
    public Optional<ZonedImage> image(long id) {
        return images.findById(id).map(image -> new ZonedImage(image.id(), image.zoneId(), image.toFile()));
    }
}
