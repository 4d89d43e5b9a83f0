package com.hcpress.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.hcpress.content.ArticleView;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.Expert;
import com.hcpress.content.PublishedArticlesDigest;
import com.hcpress.content.ReferenceData;
import com.hcpress.content.ReferenceView;

/** Published articles: one entry for the article, one per reference, all in the article's zone. */
@Component
class ArticleSource implements SearchSource {

    static final String KIND = "article";

    private final ContentCatalog catalog;

    ArticleSource(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<String, List<IndexedEntry>> entries(Collection<String> ids) {
        List<Long> articleIds = ids.stream().map(Long::valueOf).toList();
        return catalog.publishedArticles(articleIds).stream()
                .collect(Collectors.toMap(article -> Long.toString(article.id()), ArticleSource::entries));
    }

    @Override
    public List<String> ids(String afterId, int limit) {
        long after = afterId == null ? 0 : Long.parseLong(afterId);
        return catalog.publishedArticleIds(after, limit).stream().map(String::valueOf).toList();
    }

    @Override
    public IndexDigest digest() {
        PublishedArticlesDigest digest = catalog.publishedArticlesDigest();
        return new IndexDigest(digest.count(), digest.idSum(), digest.revisionSum());
    }

    static List<IndexedEntry> entries(ArticleView article) {
        IndexUnit unit = new IndexUnit(KIND, Long.toString(article.id()));
        String url = "/articles/" + article.slug();
        List<IndexedEntry> entries = new ArrayList<>();
        entries.add(IndexedEntry.of(unit, unit.key(), HitType.ARTICLE)
                .zone(article.zone().id())
                .title(article.title())
                .summary(HtmlText.lead(article.bodyHtml()))
                .body(HtmlText.prose(article.bodyHtml()))
                .extra(IndexText.joined(HtmlText.tables(article.bodyHtml()), expertText(article.expert()),
                        article.reviewerCredit(), article.editorCredit(), article.sourceLine(), article.zone().nameZh(),
                        article.zone().nameEn()))
                .year(article.publishedOn() == null ? null : article.publishedOn().getYear())
                .url(url)
                .root(article.id(), article.revision())
                .build());
        for (ReferenceView reference : article.references()) {
            ReferenceData data = reference.data();
            entries.add(IndexedEntry.of(unit, unit.key() + ":ref:" + reference.number(), HitType.REFERENCE)
                    .zone(article.zone().id())
                    .title(data.title() == null ? data.citation() : data.title())
                    .body(data.citation())
                    .extra(IndexText.joined(String.join(" ", data.authors()), data.journal(), data.doi(), data.pmid()))
                    .year(data.year())
                    .url(url + "#" + reference.anchor())
                    .context(article.title())
                    .build());
        }
        return entries;
    }

    private static String expertText(Expert expert) {
        return expert == null ? null : IndexText.joined(expert.name(), expert.affiliation(), HtmlText.of(expert.profileHtml()));
    }
}
