package com.hcpress.content.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.Duty;
import com.hcpress.content.ContentEditor;
import com.hcpress.content.ImageFile;
import com.hcpress.content.ImageLibrary;
import com.hcpress.content.ImageText;
import com.hcpress.content.ImageUploads;
import com.hcpress.content.LookupOutcome;
import com.hcpress.content.ReferenceData;
import com.hcpress.content.ReferenceFormatting;
import com.hcpress.content.ReferenceLookups;
import com.hcpress.content.ReferenceLineParser;
import com.hcpress.content.ReferenceView;
import com.hcpress.content.rendering.CitationRenumbering;
import com.hcpress.shared.web.BadRequestException;
import com.hcpress.content.UnacceptableImageException;
import com.hcpress.content.ZoneGrants;

/**
 * The pieces of the editor's form that htmx fetches: the live preview (the reader's renderer and
 * citation linker, sanitised), a reference row read from a pasted line, and image uploads.
 */
@Controller
class EditorToolsController {

    static final String FRAGMENTS = "editor/fragments";
    static final String IMAGES = "/editor/articles/images";
    /** The removed references the body still cites, answered beside a renumbered body. */
    static final String CITED_REMOVED = "X-Cited-Removed";

    private final ContentEditor editor;
    private final ContentCatalog catalog;
    private final ImageLibrary library;
    private final ZoneGrants grants;
    private final ReferenceFormatting referenceStyles;
    private final ReferenceLookups lookup;
    private final MessageSource messages;

    EditorToolsController(ContentEditor editor, ContentCatalog catalog, ImageLibrary library, ZoneGrants grants,
                          ReferenceFormatting referenceStyles, ReferenceLookups lookup, MessageSource messages) {
        this.grants = grants;
        this.editor = editor;
        this.catalog = catalog;
        this.library = library;
        this.referenceStyles = referenceStyles;
        this.lookup = lookup;
        this.messages = messages;
    }

    /**
     * The body as readers get it, and the references formatted by the same citation style and
     * processor as the article page (the reader's default style for this language), with the
     * references that still need completing named.
     */
    @PostMapping("/editor/articles/preview")
    String preview(@RequestParam MultiValueMap<String, String> fields, Locale locale, Model model) {
        ArticleForm form = ArticleForm.of(fields);
        Set<Integer> numbers = IntStream.rangeClosed(1, form.references().size()).boxed().collect(Collectors.toSet());
        List<ReferenceData> references = IntStream.range(0, form.references().size())
                .mapToObj(i -> form.references().get(i).toData(i + 1)).toList();
        ReferenceFormatting.Printed printed = referenceStyles.printed(references, locale);
        model.addAttribute("preview", editor.preview(form.bodyMarkdown(), numbers));
        model.addAttribute("references", references.stream()
                .map(reference -> new ReferenceView(reference.number(), reference, List.of())).toList());
        model.addAttribute("printedReferences", printed.texts());
        model.addAttribute("referenceStyle", printed.style());
        model.addAttribute("incompleteReferences", incompleteWarnings(references, locale));
        model.addAttribute("title", form.title());
        return FRAGMENTS + " :: preview";
    }

    @PostMapping("/editor/articles/references/parse")
    String parseReference(@RequestParam(required = false) String line, Model model, HttpServletResponse response) {
        model.addAttribute("row", ReferenceRow.of(ReferenceLineParser.parse(line)));
        // After the swap, so that the preview it sets off already counts the new row.
        response.setHeader("HX-Trigger-After-Swap", "references-changed");
        return FRAGMENTS + " :: reference-row";
    }

    /**
     * One row completed from its DOI or PMID (the row's own fields are posted, nothing else). The
     * row comes back whatever happened, with a line saying what; the editor's typing is kept.
     */
    @PostMapping("/editor/articles/references/lookup")
    String lookUpReference(@RequestParam MultiValueMap<String, String> fields, Locale locale, Model model,
                           HttpServletResponse response) {
        List<ReferenceRow> rows = ArticleForm.of(fields).references();
        ReferenceRow row = rows.isEmpty() ? ReferenceRow.of(ReferenceLineParser.parse("")) : rows.get(0);
        ReferenceData typed = row.toData(1);
        LookupOutcome outcome = lookup.lookup(typed.doi(), typed.pmid());
        String message;
        switch (outcome.status()) {
            case FOUND:
                row = ReferenceRow.of(typed.completedBy(outcome.found()));
                message = messages.getMessage("editor.reference.lookup.filled", new Object[] {outcome.identifier()}, locale);
                response.setHeader("HX-Trigger-After-Swap", "references-changed");
                break;
            case NOT_FOUND:
                message = messages.getMessage("editor.reference.lookup.notFound", new Object[] {outcome.identifier()}, locale);
                break;
            case UNAVAILABLE:
                message = messages.getMessage("editor.reference.lookup.unavailable", null, locale);
                break;
            case NO_IDENTIFIER:
                message = messages.getMessage("editor.reference.lookup.noIdentifier", null, locale);
                break;
            default:
                message = messages.getMessage("editor.reference.lookup.off", null, locale);
        }
        model.addAttribute("row", row);
        model.addAttribute("lookupMessage", message);
        return FRAGMENTS + " :: reference-row";
    }

    /**
     * The body with its citation markers following references that changed places: {@code order}
     * lists the old numbers in their new order ("2,1,3"). After a row was removed, {@code order} lists
     * the kept old numbers ("1,3") and {@code removed} the removed one ("2"): the rest close up, the
     * removed one's markers point past the list, and {@value #CITED_REMOVED} names the removed
     * references the body still cites, for the form to warn. Answered as plain text for the form's
     * body field; the article itself changes only when the form is saved.
     */
    @PostMapping(value = "/editor/articles/references/renumber", produces = "text/plain;charset=UTF-8")
    @ResponseBody
    String renumber(@RequestParam(required = false) String bodyMarkdown, @RequestParam(required = false) String order,
                    @RequestParam(required = false) String removed, HttpServletResponse response) {
        String body = bodyMarkdown == null ? "" : bodyMarkdown;
        if (removed == null || removed.isBlank()) {
            Map<Integer, Integer> newNumbers = ReferenceOrder.parse(order)
                    .orElseThrow(() -> new BadRequestException("Not an order of references: " + order));
            return CitationRenumbering.renumber(body, newNumbers);
        }
        ReferenceOrder.Removal removal = ReferenceOrder.parseRemoval(order, removed)
                .orElseThrow(() -> new BadRequestException("Not an order of references: " + order + " without " + removed));
        List<Integer> stillCited = removal.removed().stream().filter(number -> cites(body, number, removal)).toList();
        if (!stillCited.isEmpty()) {
            response.setHeader(CITED_REMOVED, stillCited.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        return CitationRenumbering.renumber(body, removal.withRemovedPastTheEnd());
    }

    /** Whether a citation marker of the body names this (removed) reference: moving it alone changes the body. */
    private static boolean cites(String body, int number, ReferenceOrder.Removal removal) {
        Map<Integer, Integer> probe = new java.util.HashMap<>();
        removal.newNumbers().keySet().forEach(old -> probe.put(old, old));
        removal.removed().forEach(old -> probe.put(old, old));
        probe.put(number, ReferenceOrder.MAX_REFERENCES + 1);
        return !CitationRenumbering.renumber(body, probe).equals(body);
    }

    private List<String> incompleteWarnings(List<ReferenceData> references, Locale locale) {
        List<String> warnings = new java.util.ArrayList<>();
        for (ReferenceData reference : references) {
            if (reference.isIdentifierOnly()) {
                String identifier = reference.doi() != null ? "DOI " + reference.doi() : "PMID " + reference.pmid();
                warnings.add(messages.getMessage("editor.reference.incomplete",
                        new Object[] {reference.number(), identifier}, locale));
            } else if (reference.needsCompleting()) {
                warnings.add(messages.getMessage("editor.reference.untitled", new Object[] {reference.number()}, locale));
            }
        }
        return warnings;
    }

    @PostMapping(IMAGES)
    String upload(@RequestParam(required = false) MultipartFile image, @RequestParam(required = false) Long zoneId,
                  @RequestParam(required = false) String alt, @RequestParam(required = false) String caption,
                  @AuthenticationPrincipal AccountPrincipal account, Model model, HttpServletResponse response)
            throws IOException {
        if (zoneId == null || catalog.zone(zoneId).isEmpty()) {
            return refused(model, response, "editor.image.zone");
        }
        if (!grants.may(EditorPages.staff(account), zoneId, Duty.WRITE)) {
            throw new AccessDeniedException("No author role in zone " + zoneId);
        }
        ImageText text = new ImageText(alt, caption);
        if (!text.problems().isEmpty()) {
            return refused(model, response, text.problems().values().iterator().next());
        }
        if (image == null || image.isEmpty()) {
            return refused(model, response, "editor.image.empty");
        }
        if (image.getSize() > ImageUploads.MAX_BYTES) {
            return refused(model, response, "editor.image.tooLarge");
        }
        ImageFile file;
        try {
            file = ImageUploads.read(image.getBytes());
        } catch (UnacceptableImageException e) {
            return refused(model, response, e.messageKey());
        }
        long id = library.store(file, zoneId, text, account.id());
        model.addAttribute("imageId", id);
        model.addAttribute("markdown", text.markdown(id));
        response.setHeader("HX-Trigger", "image-stored");
        return FRAGMENTS + " :: uploaded";
    }

    private static String refused(Model model, HttpServletResponse response, String messageKey) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("imageProblem", messageKey);
        model.addAttribute("limits", List.of(ImageUploads.MAX_BYTES / (1024 * 1024)));
        return FRAGMENTS + " :: uploaded";
    }
}
