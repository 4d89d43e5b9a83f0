package com.hcpress.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.hcpress.shared.Slug;

/**
 * What the database would refuse or readers would trip over, said before anything is stored, so
 * the editor's form and the command-line import report every problem at once and store nothing
 * half-way. The limits are the columns' own.
 */
public final class ArticleDraftCheck {

    /** The longest article slug, as its column allows. */
    public static final int MAX_SLUG = 120;
    private static final Pattern PMID = Pattern.compile("^[0-9]{1,9}$");
    private static final Pattern URL = Pattern.compile("^https?://[^\\s<>\"]+$");
    private static final Pattern DOI = Pattern.compile("^10\\.\\d{4,9}/\\S+$");
    static final int MAX_BODY = 200_000;
    static final int MAX_REFERENCES = 500;

    private ArticleDraftCheck() {
    }

    public static List<DraftProblem> slug(String slug) {
        if (slug == null || slug.isBlank()) {
            return List.of(DraftProblem.of("slug", "required"));
        }
        if (!Slug.isSlug(slug, MAX_SLUG)) {
            return List.of(DraftProblem.of("slug", "slug"));
        }
        return List.of();
    }

    public static List<DraftProblem> draft(ArticleDraft draft) {
        List<DraftProblem> problems = new ArrayList<>();
        required(problems, "title", draft.title(), 300);
        required(problems, "sourceLine", draft.sourceLine(), 200);
        if (draft.publishedOn() != null && (draft.publishedOn().getYear() < 1900
                || draft.publishedOn().isAfter(LocalDate.now().plusYears(5)))) {
            problems.add(DraftProblem.of("publishedOn", "date"));
        }
        if (draft.bodyMarkdown() == null || draft.bodyMarkdown().isBlank()) {
            problems.add(DraftProblem.of("bodyMarkdown", "required"));
        } else if (draft.bodyMarkdown().length() > MAX_BODY) {
            problems.add(DraftProblem.of("bodyMarkdown", "tooLong", MAX_BODY));
        }
        if (draft.kind().namesASource()) {
            required(problems, "originalSource", draft.originalSource(), 600);
        } else {
            optional(problems, "originalSource", draft.originalSource(), 600);
        }
        optional(problems, "authorCredit", draft.authorCredit(), 200);
        optional(problems, "reviewerCredit", draft.reviewerCredit(), 200);
        optional(problems, "editorCredit", draft.editorCredit(), 200);
        if (draft.expert() != null) {
            required(problems, "expertName", draft.expert().name(), 120);
            optional(problems, "expertAffiliation", draft.expert().affiliation(), 200);
            optional(problems, "expertProfile", draft.expert().profileMarkdown(), 20_000);
        }
        references(problems, draft.references());
        return problems;
    }

    private static void references(List<DraftProblem> problems, List<ReferenceData> references) {
        if (references.size() > MAX_REFERENCES) {
            problems.add(DraftProblem.of("references", "tooMany", MAX_REFERENCES));
            return;
        }
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < references.size(); i++) {
            ReferenceData reference = references.get(i);
            String field = "references[" + i + "].";
            if (reference.number() < 1 || reference.number() > 9999) {
                problems.add(DraftProblem.of(field + "number", "referenceNumber", reference.number()));
            } else if (!numbers.add(reference.number())) {
                problems.add(DraftProblem.of(field + "number", "referenceNumberTwice", reference.number()));
            }
            required(problems, field + "citation", reference.citation(), 4000);
            optional(problems, field + "title", reference.title(), 4000);
            optional(problems, field + "journal", reference.journal(), 300);
            optional(problems, field + "volume", reference.volume(), 40);
            optional(problems, field + "issue", reference.issue(), 40);
            optional(problems, field + "pages", reference.pages(), 40);
            int authorsLength = String.join("\n", reference.authors()).length();
            if (authorsLength > 4000) {
                problems.add(DraftProblem.of(field + "authors", "tooLong", 4000));
            }
            if (reference.year() != null && (reference.year() < 1800 || reference.year() > 2200)) {
                problems.add(DraftProblem.of(field + "year", "year"));
            }
            if (reference.doi() != null && (reference.doi().length() > 200 || !DOI.matcher(reference.doi()).matches())) {
                problems.add(DraftProblem.of(field + "doi", "doi"));
            }
            if (reference.pmid() != null && !PMID.matcher(reference.pmid()).matches()) {
                problems.add(DraftProblem.of(field + "pmid", "pmid"));
            }
            typedFields(problems, field, reference);
        }
    }

    /** The fields of the kinds other than journal articles: publisher, URL, dates, numbers. */
    private static void typedFields(List<DraftProblem> problems, String field, ReferenceData reference) {
        optional(problems, field + "publisher", reference.publisher(), 300);
        optional(problems, field + "place", reference.place(), 100);
        optional(problems, field + "docNumber", reference.docNumber(), 100);
        if (reference.url() != null && (reference.url().length() > 2000 || !URL.matcher(reference.url()).matches())) {
            problems.add(DraftProblem.of(field + "url", "url"));
        }
        if (reference.type() == ReferenceType.WEB && reference.url() == null) {
            problems.add(DraftProblem.of(field + "url", "required"));
        }
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        if (reference.accessedOn() != null
                && (reference.accessedOn().getYear() < 1990 || reference.accessedOn().isAfter(tomorrow))) {
            problems.add(DraftProblem.of(field + "accessedOn", "accessedOn"));
        }
        if (reference.issuedOn() != null
                && (reference.issuedOn().getYear() < 1800 || reference.issuedOn().isAfter(tomorrow.plusYears(1)))) {
            problems.add(DraftProblem.of(field + "issuedOn", "date"));
        }
    }

    private static void required(List<DraftProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(DraftProblem.of(field, "required"));
        } else {
            optional(problems, field, value, max);
        }
    }

    private static void optional(List<DraftProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(DraftProblem.of(field, "tooLong", max));
        }
    }
}
