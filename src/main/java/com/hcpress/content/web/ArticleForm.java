package com.hcpress.content.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.util.MultiValueMap;

import com.hcpress.content.ArticleDraft;
import com.hcpress.content.ArticleDraftCheck;
import com.hcpress.content.ArticleKind;
import com.hcpress.content.DraftProblem;
import com.hcpress.content.EditableArticle;
import com.hcpress.content.ReferenceData;

/**
 * The editor's form as posted. References arrive as parallel lists of fields ({@code refCitation},
 * {@code refTitle}, ...), one entry per row in the order shown, so rows can be added and removed
 * in the page without renumbering anything.
 */
record ArticleForm(String slug, Long zoneId, String title, String sourceLine, String publishedOn, String kind,
                   String originalSource, String coverImage, String bodyMarkdown, String expertName,
                   String expertAffiliation, Long expertPhotoId, String expertProfile, String authorCredit,
                   String reviewerCredit, String editorCredit, Long version, List<ReferenceRow> references) {

    static ArticleForm blank(Long zoneId) {
        return new ArticleForm("", zoneId, "", "", LocalDate.now().toString(), ArticleKind.ORIGINAL.param(), "", "", "",
                "", "", null, "", "", "", "", null, List.of());
    }

    static ArticleForm of(EditableArticle article) {
        ArticleDraft draft = article.draft();
        ArticleDraft.ExpertDraft expert = draft.expert();
        return new ArticleForm(article.slug(), article.zoneId(), draft.title(), draft.sourceLine(),
                draft.publishedOn() == null ? "" : draft.publishedOn().toString(), draft.kind().param(),
                draft.originalSource(), draft.coverImageId() == null ? "" : draft.coverImageId().toString(), draft.bodyMarkdown(), expert == null ? "" : expert.name(),
                expert == null ? "" : expert.affiliation(), expert == null ? null : expert.photoImageId(),
                expert == null ? "" : expert.profileMarkdown(), draft.authorCredit(), draft.reviewerCredit(), draft.editorCredit(), article.version(),
                draft.references().stream().map(ReferenceRow::of).toList());
    }

    static ArticleForm of(MultiValueMap<String, String> fields) {
        List<String> citations = list(fields, "refCitation");
        List<ReferenceRow> rows = new ArrayList<>();
        for (int i = 0; i < citations.size(); i++) {
            rows.add(new ReferenceRow(citations.get(i), at(fields, "refAuthors", i), "true".equals(at(fields, "refEtAl", i)),
                    at(fields, "refTitle", i), at(fields, "refJournal", i), at(fields, "refYear", i),
                    at(fields, "refVolume", i), at(fields, "refIssue", i), at(fields, "refPages", i),
                    at(fields, "refDoi", i), at(fields, "refPmid", i), at(fields, "refType", i),
                    "true".equals(at(fields, "refOnline", i)), at(fields, "refPublisher", i), at(fields, "refPlace", i),
                    at(fields, "refUrl", i), at(fields, "refIssuedOn", i), at(fields, "refAccessedOn", i),
                    at(fields, "refDocNumber", i)));
        }
        return new ArticleForm(text(fields, "slug"), number(fields, "zoneId"), text(fields, "title"),
                text(fields, "sourceLine"), text(fields, "publishedOn"), text(fields, "kind"),
                text(fields, "originalSource"), cover(fields), text(fields, "bodyMarkdown"),
                text(fields, "expertName"), text(fields, "expertAffiliation"), number(fields, "expertPhotoId"),
                text(fields, "expertProfile"), text(fields, "authorCredit"), text(fields, "reviewerCredit"), text(fields, "editorCredit"), number(fields, "version"), rows);
    }

    /**
     * The cover's number: the picker's hidden field, or, from a browser without scripts, the
     * select beside it ({@code coverChoice}, empty for no cover), which then decides.
     */
    private static String cover(MultiValueMap<String, String> fields) {
        return fields.containsKey("coverChoice") ? text(fields, "coverChoice") : text(fields, "coverImageId");
    }

    ArticleDraft toDraft() {
        ArticleDraft.ExpertDraft expert = isBlank(expertName) && isBlank(expertAffiliation) && isBlank(expertProfile)
                ? null : new ArticleDraft.ExpertDraft(strip(expertName), strip(expertAffiliation), expertPhotoId,
                strip(expertProfile));
        List<ReferenceData> data = IntStream.range(0, references.size())
                .mapToObj(i -> references.get(i).toData(i + 1)).toList();
        return new ArticleDraft(strip(title), strip(sourceLine), date(), articleKind().orElse(ArticleKind.ORIGINAL),
                strip(originalSource), coverImageId(), bodyMarkdown == null ? "" : bodyMarkdown, expert,
                strip(authorCredit), strip(reviewerCredit), strip(editorCredit), data);
    }

    private java.util.Optional<ArticleKind> articleKind() {
        return ArticleKind.fromParam(kind == null || kind.isBlank() ? ArticleKind.ORIGINAL.param() : kind.strip());
    }

    /** Everything wrong with the form, the draft's checks included. */
    List<DraftProblem> problems(boolean creating) {
        List<DraftProblem> problems = new ArrayList<>();
        if (creating) {
            problems.addAll(ArticleDraftCheck.slug(slug));
        }
        if (zoneId == null) {
            problems.add(new DraftProblem("zoneId", "required", List.of()));
        }
        if (!isBlank(coverImage) && coverImageId() == null) {
            problems.add(new DraftProblem("coverImageId", "imageNumber", List.of()));
        }
        if (articleKind().isEmpty()) {
            problems.add(new DraftProblem("kind", "kind", List.of()));
        }
        if (!isBlank(publishedOn) && date() == null) {
            problems.add(new DraftProblem("publishedOn", "date", List.of()));
        }
        for (int i = 0; i < references.size(); i++) {
            for (String field : references.get(i).unreadableFields()) {
                problems.add(new DraftProblem("references[" + i + "]." + field, field.endsWith("On") ? "date" : field,
                        List.of()));
            }
        }
        problems.addAll(ArticleDraftCheck.draft(toDraft()));
        return problems;
    }

    /** The cover's image number; none when the field is empty or not a number. */
    Long coverImageId() {
        return isBlank(coverImage) || !coverImage.strip().matches("\\d{1,18}") ? null : Long.valueOf(coverImage.strip());
    }

    private LocalDate date() {
        if (isBlank(publishedOn)) {
            return null;
        }
        try {
            return LocalDate.parse(publishedOn.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> list(MultiValueMap<String, String> fields, String name) {
        List<String> values = fields.get(name);
        return values == null ? List.of() : values;
    }

    private static String at(MultiValueMap<String, String> fields, String name, int index) {
        List<String> values = list(fields, name);
        return index < values.size() ? values.get(index) : null;
    }

    private static String text(MultiValueMap<String, String> fields, String name) {
        String value = fields.getFirst(name);
        return value == null ? "" : value;
    }

    private static Long number(MultiValueMap<String, String> fields, String name) {
        String value = fields.getFirst(name);
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(value.strip());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
