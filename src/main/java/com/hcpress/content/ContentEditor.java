package com.hcpress.content;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.audit.AuditLog;
import com.hcpress.content.rendering.MarkdownRenderer;
import com.hcpress.content.rendering.RenderedMarkdown;

/**
 * The write side of content: zones, images and article revisions, each rendered as it is saved
 * and kept in the article's history. Every change to an article announces {@link ArticleChanged}
 * within its transaction. The methods taking an expected version refuse to write over a version
 * someone else has changed since ({@link ArticleConflictException}).
 */
@Service
@Transactional
public class ContentEditor {

    private final Zones zones;
    private final Articles articles;
    private final ArticleRevisions revisions;
    private final Images images;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    ContentEditor(Zones zones, Articles articles, ArticleRevisions revisions, Images images,
                  ApplicationEventPublisher events, AuditLog audit) {
        this.zones = zones;
        this.articles = articles;
        this.revisions = revisions;
        this.images = images;
        this.events = events;
        this.audit = audit;
    }

    public long createZone(NewZone zone) {
        return zones.save(new Zone(zone.slug(), zone.nameZh(), zone.nameEn(), zone.descriptionZh(),
                zone.descriptionEn(), zone.position())).id();
    }

    /** Changes a zone's names, descriptions and place in the list; its slug stays, links depend on it. */
    public void updateZone(long zoneId, NewZone details) {
        zones.findById(zoneId).orElseThrow().update(details.nameZh(), details.nameEn(), details.descriptionZh(),
                details.descriptionEn(), details.position());
    }

    public long storeImage(ImageFile file, Long zoneId) {
        return images.save(new StoredImage(file, zoneId)).id();
    }

    public long createArticle(long zoneId, String slug, ArticleDraft draft) {
        return createArticle(zoneId, slug, draft, RevisionAuthor.SYSTEM);
    }

    public long createArticle(long zoneId, String slug, ArticleDraft draft, RevisionAuthor author) {
        if (articles.existsBySlug(slug)) {
            throw new IllegalArgumentException("An article with slug " + slug + " exists already");
        }
        zones.findById(zoneId).orElseThrow(() -> new IllegalArgumentException("No zone " + zoneId));
        Article article = new Article(zoneId, slug);
        render(article, draft);
        long id = articles.save(article).id();
        keep(article, draft, author, null);
        events.publishEvent(new ArticleChanged(id));
        return id;
    }

    /** A new revision of an existing article, published or not. */
    public void revise(long articleId, ArticleDraft draft) {
        Article article = articles.findById(articleId).orElseThrow();
        render(article, draft);
        keep(article, draft, RevisionAuthor.SYSTEM, null);
        events.publishEvent(new ArticleChanged(articleId));
    }

    /**
     * A new revision, possibly in another zone, unless someone saved since {@code expectedVersion}.
     * A save that changes nothing keeps the current revision and makes no new one.
     */
    public int revise(long articleId, long expectedVersion, long zoneId, ArticleDraft draft, RevisionAuthor author) {
        Article article = current(articleId, expectedVersion);
        zones.findById(zoneId).orElseThrow(() -> new IllegalArgumentException("No zone " + zoneId));
        if (article.zoneId() == zoneId && article.toDraft().equals(draft)) {
            return article.revision();
        }
        article.moveTo(zoneId);
        render(article, draft);
        keep(article, draft, author, null);
        events.publishEvent(new ArticleChanged(articleId));
        return article.revision();
    }

    /** A new revision copying revision {@code revision}: nothing in the history is lost. */
    public int restore(long articleId, int revision, long expectedVersion, RevisionAuthor author) {
        Article article = current(articleId, expectedVersion);
        ArticleRevision old = revisions.findByArticleIdAndRevision(articleId, revision)
                .orElseThrow(() -> new IllegalArgumentException("No revision " + revision));
        ArticleDraft draft = old.toDraft();
        int before = article.revision();
        article.moveTo(old.zoneId());
        render(article, draft);
        keep(article, draft, author, revision);
        audit.record(author.id(), "article.restored", subject(articleId), "revision " + before,
                "revision " + article.revision() + " from " + revision);
        events.publishEvent(new ArticleChanged(articleId));
        return article.revision();
    }

    public void publish(long articleId) {
        publishable(articles.findById(articleId).orElseThrow()).publish();
        events.publishEvent(new ArticleChanged(articleId));
    }

    public void publish(long articleId, long expectedVersion, RevisionAuthor author) {
        Article article = publishable(current(articleId, expectedVersion));
        ArticleStatus before = article.status();
        article.publish();
        audit.record(author.id(), "article.published", subject(articleId), before.name(), "revision " + article.revision());
        events.publishEvent(new ArticleChanged(articleId));
    }

    public void unpublish(long articleId) {
        articles.findById(articleId).orElseThrow().unpublish();
        events.publishEvent(new ArticleChanged(articleId));
    }

    public void unpublish(long articleId, long expectedVersion, RevisionAuthor author) {
        Article article = current(articleId, expectedVersion);
        ArticleStatus before = article.status();
        article.unpublish();
        audit.record(author.id(), "article.unpublished", subject(articleId), before.name(), ArticleStatus.DRAFT.name());
        events.publishEvent(new ArticleChanged(articleId));
    }

    /** The body as readers would see it with these reference numbers; nothing is stored. */
    @Transactional(readOnly = true)
    public Preview preview(String markdown, Set<Integer> referenceNumbers) {
        RenderedMarkdown rendered = renderer.render(markdown, referenceNumbers);
        return new Preview(rendered.html(), rendered.warnings());
    }

    /**
     * Whether an image may illustrate an article of this zone: only the zone's own images, so a
     * cover never shows readers of one zone an image that is gated by another.
     */
    @Transactional(readOnly = true)
    public boolean isImageOfZone(long imageId, long zoneId) {
        return images.existsByIdAndZoneId(imageId, zoneId);
    }

    private static Article publishable(Article article) {
        List<String> unknown = article.unknownCitations();
        if (!unknown.isEmpty()) {
            throw new UnpublishableArticleException(article.id(), unknown);
        }
        List<Integer> incomplete = article.toDraft().references().stream().filter(ReferenceData::needsCompleting)
                .map(ReferenceData::number).toList();
        if (!incomplete.isEmpty()) {
            throw new IncompleteReferencesException(article.id(), incomplete);
        }
        return article;
    }

    private Article current(long articleId, long expectedVersion) {
        Article article = articles.findById(articleId).orElseThrow(() -> new IllegalArgumentException("No article " + articleId));
        if (article.version() != expectedVersion) {
            throw new ArticleConflictException(articleId);
        }
        return article;
    }

    private void render(Article article, ArticleDraft draft) {
        Set<Integer> numbers = draft.references().stream().map(ReferenceData::number).collect(Collectors.toSet());
        RenderedMarkdown body = renderer.render(draft.bodyMarkdown(), numbers);
        RenderedMarkdown profile = draft.expert() == null ? null : renderer.renderPlain(draft.expert().profileMarkdown());
        article.revise(draft, body, profile);
    }

    private void keep(Article article, ArticleDraft draft, RevisionAuthor author, Integer restoredFrom) {
        revisions.save(new ArticleRevision(article.id(), article.revision(), article.zoneId(), draft, author, restoredFrom));
    }

    private static String subject(long articleId) {
        return "article:" + articleId;
    }
}
