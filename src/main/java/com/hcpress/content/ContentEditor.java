package com.hcpress.content;

import java.util.List;
import java.util.Set;

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
    private final ArticleRenderer rendering;
    private final WorkflowEvents workflowEvents;
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    ContentEditor(Zones zones, Articles articles, ArticleRevisions revisions, Images images,
                  ApplicationEventPublisher events, AuditLog audit, ArticleRenderer rendering,
                  WorkflowEvents workflowEvents) {
        this.rendering = rendering;
        this.workflowEvents = workflowEvents;
        this.zones = zones;
        this.articles = articles;
        this.revisions = revisions;
        this.images = images;
        this.events = events;
        this.audit = audit;
    }

    public long createZone(NewZone zone) {
        long id = zones.save(new Zone(zone.slug(), zone.nameZh(), zone.nameEn(), zone.descriptionZh(),
                zone.descriptionEn(), zone.position())).id();
        events.publishEvent(new ZoneChanged(id));
        return id;
    }

    /** Changes a zone's names, descriptions and place in the list; its slug stays, links depend on it. */
    public void updateZone(long zoneId, NewZone details) {
        zones.findById(zoneId).orElseThrow().update(details.nameZh(), details.nameEn(), details.descriptionZh(),
                details.descriptionEn(), details.position());
        events.publishEvent(new ZoneChanged(zoneId));
    }

    public long storeImage(ImageFile file, Long zoneId) {
        return images.save(new StoredImage(file, zoneId)).id();
    }

    /** An image with its words (alt text required by the caller); its thumbnail is made on first view. */
    public long storeImage(ImageFile file, Long zoneId, ImageText text) {
        return images.save(new StoredImage(file, zoneId, text, null)).id();
    }

    public long createArticle(long zoneId, String slug, ArticleDraft draft) {
        return createArticle(zoneId, slug, draft, RevisionAuthor.SYSTEM);
    }

    public long createArticle(long zoneId, String slug, ArticleDraft draft, RevisionAuthor author) {
        if (articles.existsBySlug(slug)) {
            throw new IllegalArgumentException("An article with slug " + slug + " exists already");
        }
        zones.findById(zoneId).orElseThrow(() -> new IllegalArgumentException("No zone " + zoneId));
        Article article = new Article(zoneId, slug, author.id());
        rendering.render(article, draft);
        long id = articles.save(article).id();
        keep(article, article.revision(), article.zoneId(), draft, author, null, null);
        events.publishEvent(new ArticleChanged(id));
        return id;
    }

    /** A new revision of an existing article, published or not, straight into the row (imports, demo). */
    public void revise(long articleId, ArticleDraft draft) {
        Article article = articles.findById(articleId).orElseThrow();
        rendering.render(article, draft);
        keep(article, article.revision(), article.zoneId(), draft, RevisionAuthor.SYSTEM, null, null);
        events.publishEvent(new ArticleChanged(articleId));
    }

    public int revise(long articleId, long expectedVersion, long zoneId, ArticleDraft draft, RevisionAuthor author) {
        return revise(articleId, expectedVersion, zoneId, draft, author, null);
    }

    /**
     * A new working revision, possibly in another zone, unless someone saved since
     * {@code expectedVersion}; answers its number. A save that changes nothing makes no revision.
     * On a live article the revision waits as pending and readers keep the live one; on any other
     * it replaces the draft. Either way a text that was in review or approved goes back to draft:
     * the sign-off was for another text.
     */
    public int revise(long articleId, long expectedVersion, long zoneId, ArticleDraft draft, RevisionAuthor author,
                      String message) {
        Article article = current(articleId, expectedVersion);
        zones.findById(zoneId).orElseThrow(() -> new IllegalArgumentException("No zone " + zoneId));
        if (rendering.workingZone(article) == zoneId && rendering.workingDraft(article).equals(draft)) {
            return article.workingRevision();
        }
        return saveWorking(article, zoneId, draft, author, null, message);
    }

    /** A new working revision copying revision {@code revision}: nothing in the history is lost. */
    public int restore(long articleId, int revision, long expectedVersion, RevisionAuthor author) {
        Article article = current(articleId, expectedVersion);
        ArticleRevision old = revisions.findByArticleIdAndRevision(articleId, revision)
                .orElseThrow(() -> new IllegalArgumentException("No revision " + revision));
        int before = article.workingRevision();
        int restored = saveWorking(article, old.zoneId(), old.toDraft(), author, revision, null);
        audit.record(author.id(), "article.restored", subject(articleId), "revision " + before,
                "revision " + restored + " from " + revision + (article.isPublished() ? ", pending" : ""));
        return restored;
    }

    private int saveWorking(Article article, long zoneId, ArticleDraft draft, RevisionAuthor author,
                            Integer restoredFrom, String message) {
        WorkflowState before = article.workflowState();
        int number;
        if (article.isPublished()) {
            number = article.nextRevision();
            keep(article, number, zoneId, draft, author, restoredFrom, message);
            article.holdPending(number);
        } else {
            article.moveTo(zoneId);
            rendering.render(article, draft);
            number = article.revision();
            keep(article, number, zoneId, draft, author, restoredFrom, message);
            article.moveToState(WorkflowState.DRAFT);
        }
        if (before == WorkflowState.IN_REVIEW || before == WorkflowState.APPROVED || before == WorkflowState.SCHEDULED) {
            workflowEvents.record(article.id(), number, "edited", before, WorkflowState.DRAFT, author.id(), author.name(), null);
            audit.record(author.id(), "article.workflow-edited", subject(article.id()), before.name(),
                    WorkflowState.DRAFT.name() + " revision " + number);
        }
        events.publishEvent(new ArticleChanged(article.id()));
        return number;
    }

    /** Publishes at once, past the workflow: for imports and demo content, never for the console. */
    public void publish(long articleId) {
        Article article = articles.findById(articleId).orElseThrow();
        rendering.applyPending(article);
        publishable(article).publish();
        events.publishEvent(new ArticleChanged(articleId));
    }

    public void unpublish(long articleId) {
        Article article = articles.findById(articleId).orElseThrow();
        rendering.applyPending(article);
        article.unpublish();
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

    static Article publishable(Article article) {
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

    private void keep(Article article, int number, long zoneId, ArticleDraft draft, RevisionAuthor author,
                      Integer restoredFrom, String message) {
        revisions.save(new ArticleRevision(article.id(), number, zoneId, draft, author, restoredFrom, message));
    }

    private static String subject(long articleId) {
        return "article:" + articleId;
    }
}
