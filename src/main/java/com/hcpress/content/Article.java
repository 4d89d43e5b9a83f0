package com.hcpress.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.hcpress.content.rendering.RenderedMarkdown;

@Entity
@Table(name = "article")
class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long zoneId;
    private String slug;
    private String title;
    private String sourceLine;
    private LocalDate publishedOn;
    @Enumerated(EnumType.STRING)
    private ArticleKind kind;
    private String originalSource;
    private Long coverImageId;
    private String bodyMarkdown;
    private String bodyHtml;
    private String renderWarnings;
    private String expertName;
    private String expertAffiliation;
    private Long expertPhotoId;
    private String expertProfileMarkdown;
    private String expertProfileHtml;
    private String authorCredit;
    private String reviewerCredit;
    private String editorCredit;
    @Enumerated(EnumType.STRING)
    private ArticleStatus status;
    private int revision;
    @Enumerated(EnumType.STRING)
    private WorkflowState workflowState;
    /** An edit to a live article, waiting in the history until it is published. */
    private Integer pendingRevision;
    private Instant publishAt;
    private Long createdBy;
    private Instant deletedAt;
    private Long deletedBy;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "article_id", nullable = false)
    @OrderBy("number")
    private List<ArticleReference> references = new ArrayList<>();

    protected Article() {
    }

    Article(long zoneId, String slug, Long createdBy) {
        this.zoneId = zoneId;
        this.slug = slug;
        this.createdBy = createdBy;
        this.status = ArticleStatus.DRAFT;
        this.workflowState = WorkflowState.DRAFT;
        this.revision = 0;
        this.createdAt = Instant.now();
    }

    /** Replaces everything an editor controls and renders it; each call is a new revision. */
    void revise(ArticleDraft draft, RenderedMarkdown body, RenderedMarkdown expertProfile) {
        this.title = draft.title();
        this.sourceLine = draft.sourceLine();
        this.publishedOn = draft.publishedOn();
        this.kind = draft.kind();
        this.originalSource = draft.originalSource();
        this.coverImageId = draft.coverImageId();
        this.bodyMarkdown = draft.bodyMarkdown();
        this.bodyHtml = body.html();
        this.renderWarnings = String.join("\n", body.warnings());
        this.expertName = draft.expert() == null ? null : draft.expert().name();
        this.expertAffiliation = draft.expert() == null ? null : draft.expert().affiliation();
        this.expertPhotoId = draft.expert() == null ? null : draft.expert().photoImageId();
        this.expertProfileMarkdown = draft.expert() == null ? null : draft.expert().profileMarkdown();
        this.expertProfileHtml = expertProfile == null ? null : expertProfile.html();
        this.authorCredit = draft.authorCredit();
        this.reviewerCredit = draft.reviewerCredit();
        this.editorCredit = draft.editorCredit();
        // Rows are rewritten in place: removing and re-adding them would insert the new rows
        // before the old ones are deleted, against the unique (article, number).
        List<ReferenceData> wanted = draft.references();
        while (references.size() > wanted.size()) {
            references.remove(references.size() - 1);
        }
        for (int i = 0; i < wanted.size(); i++) {
            ReferenceData reference = wanted.get(i);
            List<String> anchors = body.citedAt().getOrDefault(reference.number(), List.of());
            if (i < references.size()) {
                references.get(i).replaceWith(reference, anchors);
            } else {
                references.add(new ArticleReference(reference, anchors));
            }
        }
        this.revision++;
        this.updatedAt = Instant.now();
    }

    /** The revision now rendered in this row is {@code number}, a pending one being published. */
    void numberRevision(int number) {
        this.revision = number;
    }

    void publish() {
        this.status = ArticleStatus.PUBLISHED;
        this.workflowState = WorkflowState.PUBLISHED;
        this.pendingRevision = null;
        this.publishAt = null;
        this.updatedAt = Instant.now();
    }

    void unpublish() {
        this.status = ArticleStatus.DRAFT;
        this.workflowState = WorkflowState.DRAFT;
        this.pendingRevision = null;
        this.publishAt = null;
        this.updatedAt = Instant.now();
    }

    /** A new working text of a live article: kept aside as revision {@code number}, back to draft. */
    void holdPending(int number) {
        this.pendingRevision = number;
        this.workflowState = WorkflowState.DRAFT;
        this.publishAt = null;
        this.updatedAt = Instant.now();
    }

    void moveToState(WorkflowState state) {
        this.workflowState = state;
        if (state != WorkflowState.SCHEDULED) {
            this.publishAt = null;
        }
        this.updatedAt = Instant.now();
    }

    void schedule(Instant at) {
        this.workflowState = WorkflowState.SCHEDULED;
        this.publishAt = at;
        this.updatedAt = Instant.now();
    }

    /** To the trash: off the site at once, and a draft if it is ever restored. */
    void delete(Long by) {
        unpublish();
        this.deletedAt = this.updatedAt;
        this.deletedBy = by;
    }

    void restoreFromTrash() {
        this.deletedAt = null;
        this.deletedBy = null;
        this.updatedAt = Instant.now();
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    Instant deletedAt() {
        return deletedAt;
    }

    WorkflowState workflowState() {
        return workflowState;
    }

    Integer pendingRevision() {
        return pendingRevision;
    }

    Instant publishAt() {
        return publishAt;
    }

    Instant updatedAtInstant() {
        return updatedAt;
    }

    Long createdBy() {
        return createdBy;
    }

    long zone() {
        return zoneId;
    }

    /** The number the next saved revision takes, past the live one and any pending one. */
    int nextRevision() {
        return Math.max(revision, pendingRevision == null ? 0 : pendingRevision) + 1;
    }

    /** The revision the editors work on: the pending one if any, else the one in this row. */
    int workingRevision() {
        return pendingRevision == null ? revision : pendingRevision;
    }

    void moveTo(long zoneId) {
        this.zoneId = zoneId;
    }

    String bodyHtml() {
        return bodyHtml;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    int revision() {
        return revision;
    }

    ArticleStatus status() {
        return status;
    }

    /** What the editor last saved, as a draft to edit further. */
    ArticleDraft toDraft() {
        ArticleDraft.ExpertDraft expert = expertName == null ? null
                : new ArticleDraft.ExpertDraft(expertName, expertAffiliation, expertPhotoId, expertProfileMarkdown);
        return new ArticleDraft(title, sourceLine, publishedOn, kind, originalSource, coverImageId, bodyMarkdown,
                expert, authorCredit, reviewerCredit, editorCredit, references.stream().map(reference -> reference.toView().data()).toList());
    }

    EditorArticleRow toRow() {
        return new EditorArticleRow(id, slug, title, zoneId, status, workflowState, workingRevision(), updatedAt,
                publishAt, deletedAt, version);
    }

    /** The body's citations naming references the list lacks, each as written. */
    List<String> unknownCitations() {
        return warnings();
    }

    private List<String> warnings() {
        return renderWarnings == null || renderWarnings.isBlank() ? List.of() : List.of(renderWarnings.split("\n"));
    }

    Long zoneId() {
        return zoneId;
    }

    String slug() {
        return slug;
    }

    String bodyMarkdown() {
        return bodyMarkdown;
    }

    boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    ArticleSummary toSummary() {
        return new ArticleSummary(id, slug, title, sourceLine, publishedOn, kind, zoneId);
    }

    ArticleView toView(ZoneView zone) {
        Expert expert = expertName == null ? null
                : new Expert(expertName, expertAffiliation, expertPhotoId, expertProfileHtml);
        List<String> warnings = warnings();
        return new ArticleView(id, slug, zone, title, sourceLine, publishedOn, kind, originalSource, coverImageId,
                bodyHtml, expert, authorCredit, reviewerCredit, editorCredit, status, revision,
                references.stream().map(ArticleReference::toView).toList(), warnings);
    }
}
