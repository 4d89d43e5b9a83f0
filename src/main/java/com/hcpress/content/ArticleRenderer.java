package com.hcpress.content;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.hcpress.content.rendering.MarkdownRenderer;
import com.hcpress.content.rendering.RenderedMarkdown;

/** Renders a draft into an article row, and reads the working text of an article. */
@Component
class ArticleRenderer {

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final ArticleRevisions revisions;

    ArticleRenderer(ArticleRevisions revisions) {
        this.revisions = revisions;
    }

    void render(Article article, ArticleDraft draft) {
        Set<Integer> numbers = draft.references().stream().map(ReferenceData::number).collect(Collectors.toSet());
        RenderedMarkdown body = renderer.render(draft.bodyMarkdown(), numbers);
        RenderedMarkdown profile = draft.expert() == null ? null : renderer.renderPlain(draft.expert().profileMarkdown());
        article.revise(draft, body, profile);
    }

    /** The citations of a draft that name no reference, each as written. */
    java.util.List<String> unknownCitations(ArticleDraft draft) {
        Set<Integer> numbers = draft.references().stream().map(ReferenceData::number).collect(Collectors.toSet());
        return renderer.render(draft.bodyMarkdown(), numbers).warnings();
    }

    /** The text the editors work on: a live article's pending revision, else the row's own. */
    ArticleRevision pending(Article article) {
        return revisions.findByArticleIdAndRevision(article.id(), article.pendingRevision()).orElseThrow();
    }

    /** Renders a pending revision into the row, which then holds (and is numbered as) that revision. */
    void applyPending(Article article) {
        if (article.pendingRevision() == null) {
            return;
        }
        ArticleRevision pending = pending(article);
        article.moveTo(pending.zoneId());
        render(article, pending.toDraft());
        article.numberRevision(pending.revision());
    }

    ArticleDraft workingDraft(Article article) {
        return article.pendingRevision() == null ? article.toDraft() : pending(article).toDraft();
    }

    long workingZone(Article article) {
        return article.pendingRevision() == null ? article.zone() : pending(article).zoneId();
    }

    EditableArticle editable(Article article) {
        boolean pending = article.pendingRevision() != null;
        ArticleDraft draft = workingDraft(article);
        return new EditableArticle(article.id(), article.slug(), workingZone(article), article.status(),
                article.workingRevision(), article.version(), article.updatedAtInstant(), draft,
                pending ? unknownCitations(draft) : article.unknownCitations(), article.workflowState(),
                article.isPublished() ? article.revision() : null, article.publishAt(), article.isDeleted());
    }
}
