package com.hcpress.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** One saved state of an article, kept for ever: what the editor wrote, not its rendering. */
@Entity
@Table(name = "article_revision")
class ArticleRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long articleId;
    private int revision;
    private long zoneId;
    private String title;
    private String sourceLine;
    private LocalDate publishedOn;
    @Enumerated(EnumType.STRING)
    private ArticleKind kind;
    private String originalSource;
    private Long coverImageId;
    private String bodyMarkdown;
    private String expertName;
    private String expertAffiliation;
    private Long expertPhotoId;
    private String expertProfileMarkdown;
    private String authorCredit;
    private String reviewerCredit;
    private String editorCredit;
    private Long editedBy;
    private String editedByName;
    private Integer restoredFrom;
    private String message;
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "article_revision_reference", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderBy("number")
    private List<RevisionReference> references = new ArrayList<>();

    protected ArticleRevision() {
    }

    ArticleRevision(long articleId, int revision, long zoneId, ArticleDraft draft, RevisionAuthor author,
                    Integer restoredFrom) {
        this(articleId, revision, zoneId, draft, author, restoredFrom, null);
    }

    ArticleRevision(long articleId, int revision, long zoneId, ArticleDraft draft, RevisionAuthor author,
                    Integer restoredFrom, String message) {
        this.message = message == null || message.isBlank() ? null : message.strip();
        this.articleId = articleId;
        this.revision = revision;
        this.zoneId = zoneId;
        this.title = draft.title();
        this.sourceLine = draft.sourceLine();
        this.publishedOn = draft.publishedOn();
        this.kind = draft.kind();
        this.originalSource = draft.originalSource();
        this.coverImageId = draft.coverImageId();
        this.bodyMarkdown = draft.bodyMarkdown();
        if (draft.expert() != null) {
            this.expertName = draft.expert().name();
            this.expertAffiliation = draft.expert().affiliation();
            this.expertPhotoId = draft.expert().photoImageId();
            this.expertProfileMarkdown = draft.expert().profileMarkdown();
        }
        this.authorCredit = draft.authorCredit();
        this.reviewerCredit = draft.reviewerCredit();
        this.editorCredit = draft.editorCredit();
        this.editedBy = author == null ? null : author.id();
        this.editedByName = author == null ? null : author.name();
        this.restoredFrom = restoredFrom;
        this.createdAt = Instant.now();
        draft.references().forEach(reference -> references.add(new RevisionReference(reference)));
    }

    int revision() {
        return revision;
    }

    long zoneId() {
        return zoneId;
    }

    ArticleDraft toDraft() {
        ArticleDraft.ExpertDraft expert = expertName == null ? null
                : new ArticleDraft.ExpertDraft(expertName, expertAffiliation, expertPhotoId, expertProfileMarkdown);
        return new ArticleDraft(title, sourceLine, publishedOn, kind, originalSource, coverImageId, bodyMarkdown,
                expert, authorCredit, reviewerCredit, editorCredit, references.stream().map(RevisionReference::toData).toList());
    }

    RevisionSummary toSummary() {
        return new RevisionSummary(revision, title, editedByName, restoredFrom, createdAt, references.size(), message);
    }
}
