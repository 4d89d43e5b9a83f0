package com.hcpress.content;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.content.rendering.MarkdownRenderer;
import com.hcpress.content.rendering.RenderedMarkdown;

/**
 * The write side of content: zones, images and article revisions, each rendered as it is saved.
 * Every change to an article announces {@link ArticleChanged} within its transaction.
 */
@Service
@Transactional
public class ContentEditor {

    private final Zones zones;
    private final Articles articles;
    private final Images images;
    private final ApplicationEventPublisher events;
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    ContentEditor(Zones zones, Articles articles, Images images, ApplicationEventPublisher events) {
        this.zones = zones;
        this.articles = articles;
        this.images = images;
        this.events = events;
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
        if (articles.existsBySlug(slug)) {
            throw new IllegalArgumentException("An article with slug " + slug + " exists already");
        }
        Article article = new Article(zoneId, slug);
        revise(article, draft);
        long id = articles.save(article).id();
        events.publishEvent(new ArticleChanged(id));
        return id;
    }

    /** A new revision of an existing article, published or not. */
    public void revise(long articleId, ArticleDraft draft) {
        revise(articles.findById(articleId).orElseThrow(), draft);
        events.publishEvent(new ArticleChanged(articleId));
    }

    public void publish(long articleId) {
        articles.findById(articleId).orElseThrow().publish();
        events.publishEvent(new ArticleChanged(articleId));
    }

    public void unpublish(long articleId) {
        articles.findById(articleId).orElseThrow().unpublish();
        events.publishEvent(new ArticleChanged(articleId));
    }

    private void revise(Article article, ArticleDraft draft) {
        Set<Integer> numbers = draft.references().stream().map(ReferenceData::number).collect(Collectors.toSet());
        RenderedMarkdown body = renderer.render(draft.bodyMarkdown(), numbers);
        RenderedMarkdown profile = draft.expert() == null ? null : renderer.renderPlain(draft.expert().profileMarkdown());
        article.revise(draft, body, profile);
    }
}
