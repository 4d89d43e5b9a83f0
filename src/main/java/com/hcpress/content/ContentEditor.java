package com.hcpress.content;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.content.rendering.MarkdownRenderer;
import com.hcpress.content.rendering.RenderedMarkdown;

/** The write side of content: zones, images and article revisions, each rendered as it is saved. */
@Service
@Transactional
public class ContentEditor {

    private final Zones zones;
    private final Articles articles;
    private final Images images;
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    ContentEditor(Zones zones, Articles articles, Images images) {
        this.zones = zones;
        this.articles = articles;
        this.images = images;
    }

    public long createZone(NewZone zone) {
        return zones.save(new Zone(zone.slug(), zone.nameZh(), zone.nameEn(), zone.descriptionZh(),
                zone.descriptionEn(), zone.position())).id();
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
        return articles.save(article).id();
    }

    public void publish(long articleId) {
        articles.findById(articleId).orElseThrow().publish();
    }

    private void revise(Article article, ArticleDraft draft) {
        Set<Integer> numbers = draft.references().stream().map(ReferenceData::number).collect(Collectors.toSet());
        RenderedMarkdown body = renderer.render(draft.bodyMarkdown(), numbers);
        RenderedMarkdown profile = draft.expert() == null ? null : renderer.renderPlain(draft.expert().profileMarkdown());
        article.revise(draft, body, profile);
    }
}
