package com.hcpress.content.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import com.hcpress.content.ArticleDraft;
import com.hcpress.content.ReferenceData;

/**
 * A revision written out as labelled lines, one part at a time, so that comparing two revisions
 * line by line shows every change: metadata, title, body, each field of each reference, the
 * expert and the credits. A field is one line ("label: value"); an empty field is left out, so
 * clearing it shows as a removed line.
 */
final class RevisionText {

    static final List<String> PARTS = List.of("title", "metadata", "body", "references", "expert", "credits");

    private final MessageSource messages;
    private final Locale locale;

    RevisionText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** Each part's text, in {@link #PARTS} order; a missing draft (before the first revision) is empty. */
    Map<String, String> parts(ArticleDraft draft, String zoneName) {
        Map<String, String> parts = new LinkedHashMap<>();
        if (draft == null) {
            PARTS.forEach(part -> parts.put(part, ""));
            return parts;
        }
        parts.put("title", nullToEmpty(draft.title()));
        parts.put("metadata", metadata(draft, zoneName));
        parts.put("body", nullToEmpty(draft.bodyMarkdown()));
        parts.put("references", references(draft.references()));
        parts.put("expert", expert(draft.expert()));
        parts.put("credits", credits(draft));
        return parts;
    }

    private String metadata(ArticleDraft draft, String zoneName) {
        List<String> lines = new ArrayList<>();
        field(lines, "editor.field.zoneId", zoneName);
        field(lines, "editor.field.kind", label("article.kind." + draft.kind().param()));
        field(lines, "editor.field.originalSource", draft.originalSource());
        field(lines, "editor.field.sourceLine", draft.sourceLine());
        field(lines, "editor.field.publishedOn", draft.publishedOn() == null ? null : draft.publishedOn().toString());
        field(lines, "editor.field.coverImageId", draft.coverImageId() == null ? null : draft.coverImageId().toString());
        return String.join("\n", lines);
    }

    private String references(List<ReferenceData> references) {
        List<String> lines = new ArrayList<>();
        for (ReferenceData reference : references) {
            String number = "[" + reference.number() + "] ";
            String authors = String.join("; ", reference.authors()) + (reference.etAl() ? "; et al." : "");
            field(lines, number, "editor.ref.citation", reference.citation());
            field(lines, number, "editor.ref.authors.short", authors);
            field(lines, number, "editor.ref.title", reference.title());
            field(lines, number, "editor.ref.journal", reference.journal());
            field(lines, number, "editor.ref.year", reference.year() == null ? null : reference.year().toString());
            field(lines, number, "editor.ref.volume", reference.volume());
            field(lines, number, "editor.ref.issue", reference.issue());
            field(lines, number, "editor.ref.pages", reference.pages());
            field(lines, number, "editor.ref.doi", reference.doi());
            field(lines, number, "editor.ref.pmid", reference.pmid());
            field(lines, number, "editor.ref.type", label("editor.ref.type." + reference.type().code())
                    + (reference.online() ? " /OL" : ""));
            field(lines, number, "editor.ref.publisher", reference.publisher());
            field(lines, number, "editor.ref.place", reference.place());
            field(lines, number, "editor.ref.url", reference.url());
            field(lines, number, "editor.ref.issuedOn", reference.issuedOn() == null ? null : reference.issuedOn().toString());
            field(lines, number, "editor.ref.accessedOn", reference.accessedOn() == null ? null : reference.accessedOn().toString());
            field(lines, number, "editor.ref.docNumber", reference.docNumber());
        }
        return String.join("\n", lines);
    }

    private String expert(ArticleDraft.ExpertDraft expert) {
        if (expert == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        field(lines, "editor.field.expertName", expert.name());
        field(lines, "editor.field.expertAffiliation", expert.affiliation());
        field(lines, "editor.field.expertPhotoId", expert.photoImageId() == null ? null : expert.photoImageId().toString());
        if (expert.profileMarkdown() != null && !expert.profileMarkdown().isBlank()) {
            lines.add(label("editor.field.expertProfile") + ":");
            lines.add(expert.profileMarkdown());
        }
        return String.join("\n", lines);
    }

    private String credits(ArticleDraft draft) {
        List<String> lines = new ArrayList<>();
        field(lines, "editor.field.authorCredit", draft.authorCredit());
        field(lines, "editor.field.reviewerCredit", draft.reviewerCredit());
        field(lines, "editor.field.editorCredit", draft.editorCredit());
        return String.join("\n", lines);
    }

    private void field(List<String> lines, String labelKey, String value) {
        field(lines, "", labelKey, value);
    }

    private void field(List<String> lines, String prefix, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(prefix + label(labelKey) + ": " + value.strip().replace('\n', ' '));
        }
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
