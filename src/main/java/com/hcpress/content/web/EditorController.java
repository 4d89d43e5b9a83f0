package com.hcpress.content.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ArticleConflictException;
import com.hcpress.content.ArticleDraft;
import com.hcpress.content.ArticleStatus;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ContentEditor;
import com.hcpress.content.DraftProblem;
import com.hcpress.content.EditableArticle;
import com.hcpress.content.EditorCatalog;
import com.hcpress.content.IncompleteReferencesException;
import com.hcpress.content.ListCursor;
import com.hcpress.content.RevisionAuthor;
import com.hcpress.content.UnpublishableArticleException;
import com.hcpress.content.ZoneView;
import com.hcpress.shared.web.BadRequestException;
import com.hcpress.shared.web.NotFoundException;

/**
 * The editors' console: the list of articles, and for each its form (Markdown with a live
 * preview, structured references, credits, zone), publishing, and its history. Each save is
 * checked against the version the form was opened at, so nobody's work is overwritten unseen.
 */
@Controller
class EditorController {

    static final String HOME = "editor/home";
    static final String FORM = "editor/article";
    static final String HISTORY = "editor/revisions";
    static final String OLD_REVISION = "editor/revision";
    static final String CHANGES = "editor/changes";

    private final EditorCatalog desk;
    private final ContentEditor editor;
    private final ContentCatalog catalog;
    private final MessageSource messages;

    EditorController(EditorCatalog desk, ContentEditor editor, ContentCatalog catalog, MessageSource messages) {
        this.desk = desk;
        this.editor = editor;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/editor")
    String home(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
                @RequestParam(required = false) String after, HttpServletRequest request, Model model) {
        ArticleStatus filter = statusFilter(status);
        String title = q == null ? "" : q.strip();
        if (title.length() > 200) {
            title = title.substring(0, 200);
        }
        Optional<ListCursor> cursor = ListCursor.parse(after);
        if (cursor == null || (cursor.isPresent() && !cursor.get().isInstant())) {
            throw new BadRequestException("Not a place in the list: " + after);
        }
        model.addAttribute("page", desk.articles(filter, title, cursor));
        model.addAttribute("status", filter == null ? "" : filter.name().toLowerCase(Locale.ROOT));
        model.addAttribute("q", title);
        model.addAttribute("zoneNames", zoneNames());
        return cursor.isPresent() && request.getHeader("HX-Request") != null ? HOME + " :: items" : HOME;
    }

    @GetMapping("/editor/articles/new")
    String newArticle(Model model) {
        List<ZoneView> zones = catalog.zones();
        return form(model, ArticleForm.blank(zones.isEmpty() ? null : zones.get(0).id()), null, List.of());
    }

    @PostMapping("/editor/articles")
    String create(@RequestParam MultiValueMap<String, String> fields, @AuthenticationPrincipal AccountPrincipal editorAccount,
                  Locale locale, Model model, HttpServletResponse response) {
        ArticleForm form = ArticleForm.of(fields);
        List<DraftProblem> problems = new java.util.ArrayList<>(form.problems(true));
        if (problems.isEmpty() && desk.slugTaken(form.slug().strip())) {
            problems.add(new DraftProblem("slug", "slugTaken", List.of()));
        }
        if (problems.isEmpty() && catalog.zone(form.zoneId()).isEmpty()) {
            problems.add(new DraftProblem("zoneId", "required", List.of()));
        }
        problems.addAll(imageProblems(form));
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, form, null, problems(problems, locale));
        }
        long id = editor.createArticle(form.zoneId(), form.slug().strip(), form.toDraft(), author(editorAccount));
        return "redirect:/editor/articles/" + id + "?saved";
    }

    @GetMapping("/editor/articles/{id}")
    String edit(@PathVariable long id, Model model) {
        EditableArticle article = article(id);
        return form(model, ArticleForm.of(article), article, List.of());
    }

    @PostMapping("/editor/articles/{id}")
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> fields,
                @AuthenticationPrincipal AccountPrincipal editorAccount, Locale locale, Model model,
                HttpServletResponse response) {
        EditableArticle current = article(id);
        ArticleForm form = ArticleForm.of(fields);
        List<DraftProblem> problems = new java.util.ArrayList<>(form.problems(false));
        if (problems.isEmpty() && catalog.zone(form.zoneId()).isEmpty()) {
            problems.add(new DraftProblem("zoneId", "required", List.of()));
        }
        problems.addAll(imageProblems(form));
        if (form.version() == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, form, current, List.of(message("editor.problem.version", locale)));
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, form, current, problems(problems, locale));
        }
        try {
            editor.revise(id, form.version(), form.zoneId(), form.toDraft(), author(editorAccount));
        } catch (ArticleConflictException | OptimisticLockingFailureException conflict) {
            return conflict(model, form, id, response);
        }
        return "redirect:/editor/articles/" + id + "?saved";
    }

    @PostMapping("/editor/articles/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) Long version,
                   @AuthenticationPrincipal AccountPrincipal editorAccount, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        return statusChange(id, version, model, response, redirect, "published",
                () -> editor.publish(id, version, author(editorAccount)));
    }

    @PostMapping("/editor/articles/{id}/unpublish")
    String unpublish(@PathVariable long id, @RequestParam(required = false) Long version,
                     @AuthenticationPrincipal AccountPrincipal editorAccount, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        return statusChange(id, version, model, response, redirect, "unpublished",
                () -> editor.unpublish(id, version, author(editorAccount)));
    }

    @GetMapping("/editor/articles/{id}/revisions")
    String history(@PathVariable long id, Model model) {
        model.addAttribute("article", article(id));
        model.addAttribute("revisions", desk.history(id));
        return HISTORY;
    }

    @GetMapping("/editor/articles/{id}/revisions/{revision}")
    String oldRevision(@PathVariable long id, @PathVariable int revision, Model model) {
        EditableArticle article = article(id);
        EditorCatalog.StoredRevision old = desk.revision(id, revision)
                .orElseThrow(() -> NotFoundException.of("Revision", revision));
        Set<Integer> numbers = old.draft().references().stream().map(r -> r.number()).collect(Collectors.toSet());
        model.addAttribute("article", article);
        model.addAttribute("old", old);
        model.addAttribute("preview", editor.preview(old.draft().bodyMarkdown(), numbers));
        model.addAttribute("zoneNames", zoneNames());
        return OLD_REVISION;
    }

    /** What a revision changed against the one before it (against nothing for the first). */
    @GetMapping("/editor/articles/{id}/revisions/{revision}/changes")
    String changes(@PathVariable long id, @PathVariable int revision, Locale locale, Model model) {
        EditableArticle article = article(id);
        EditorCatalog.StoredRevision shown = desk.revision(id, revision)
                .orElseThrow(() -> NotFoundException.of("Revision", revision));
        EditorCatalog.StoredRevision before = revision > 1 ? desk.revision(id, revision - 1).orElse(null) : null;
        RevisionText text = new RevisionText(messages, locale);
        Map<Long, ZoneView> zones = zoneNames();
        Map<String, String> old = text.parts(before == null ? null : before.draft(), zoneName(zones, before, locale));
        Map<String, String> now = text.parts(shown.draft(), zoneName(zones, shown, locale));
        Map<String, List<TextDiff.Line>> changes = new LinkedHashMap<>();
        RevisionText.PARTS.forEach(part -> changes.put(part, TextDiff.lines(old.get(part), now.get(part))));
        model.addAttribute("article", article);
        model.addAttribute("shown", shown.summary());
        model.addAttribute("previous", before == null ? null : revision - 1);
        model.addAttribute("changes", changes);
        return CHANGES;
    }

    private static String zoneName(Map<Long, ZoneView> zones, EditorCatalog.StoredRevision revision, Locale locale) {
        ZoneView zone = revision == null ? null : zones.get(revision.zoneId());
        return zone == null ? null : zone.name(locale);
    }

    @PostMapping("/editor/articles/{id}/revisions/{revision}/restore")
    String restore(@PathVariable long id, @PathVariable int revision, @RequestParam(required = false) Long version,
                   @AuthenticationPrincipal AccountPrincipal editorAccount, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        desk.revision(id, revision).orElseThrow(() -> NotFoundException.of("Revision", revision));
        return statusChange(id, version, model, response, redirect, "restored",
                () -> editor.restore(id, revision, version, author(editorAccount)));
    }

    private String statusChange(long id, Long version, Model model, HttpServletResponse response,
                                RedirectAttributes redirect, String done, Runnable change) {
        EditableArticle current = article(id);
        if (version == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return conflictPage(model, current, response, HttpStatus.BAD_REQUEST);
        }
        try {
            change.run();
        } catch (ArticleConflictException | OptimisticLockingFailureException conflict) {
            return conflictPage(model, article(id), response, HttpStatus.CONFLICT);
        } catch (UnpublishableArticleException unpublishable) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            String cited = String.join(" ", unpublishable.unknownCitations());
            return form(model, ArticleForm.of(current), current, List.of(messages.getMessage(
                    "editor.problem.unknownCitations", new Object[] {cited}, LocaleContextHolder.getLocale())));
        } catch (IncompleteReferencesException incomplete) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            String numbers = incomplete.numbers().stream().map(n -> "[" + n + "]").collect(Collectors.joining(" "));
            return form(model, ArticleForm.of(current), current, List.of(messages.getMessage(
                    "editor.problem.incompleteReferences", new Object[] {numbers}, LocaleContextHolder.getLocale())));
        }
        redirect.addFlashAttribute("done", done);
        return "redirect:/editor/articles/" + id;
    }

    /** The cover and the expert's photo must be images of the article's own zone. */
    private List<DraftProblem> imageProblems(ArticleForm form) {
        List<DraftProblem> problems = new java.util.ArrayList<>();
        if (form.zoneId() == null) {
            return problems;
        }
        if (form.coverImageId() != null && !editor.isImageOfZone(form.coverImageId(), form.zoneId())) {
            problems.add(new DraftProblem("coverImageId", "imageOfZone", List.of(form.coverImageId().toString())));
        }
        if (form.expertPhotoId() != null && !editor.isImageOfZone(form.expertPhotoId(), form.zoneId())) {
            problems.add(new DraftProblem("expertPhotoId", "imageOfZone", List.of(form.expertPhotoId().toString())));
        }
        return problems;
    }

    /** The editor's own input, unsaved, over a newer version: they decide what to keep. */
    private String conflict(Model model, ArticleForm form, long id, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("conflict", true);
        return form(model, form, article(id), List.of());
    }

    private String conflictPage(Model model, EditableArticle latest, HttpServletResponse response, HttpStatus status) {
        response.setStatus(status.value());
        model.addAttribute("conflict", true);
        return form(model, ArticleForm.of(latest), latest, List.of());
    }

    private String form(Model model, ArticleForm form, EditableArticle article, List<String> problems) {
        model.addAttribute("form", form);
        model.addAttribute("article", article);
        model.addAttribute("problems", problems);
        model.addAttribute("zones", catalog.zones());
        model.addAttribute("referenceNumbers", IntStream.rangeClosed(1, form.references().size()).boxed().toList());
        return FORM;
    }

    private List<String> problems(List<DraftProblem> problems, Locale locale) {
        return problems.stream().map(problem -> fieldLabel(problem.field(), locale) + ": "
                + messages.getMessage(problem.messageKey(), problem.arguments().toArray(), problem.code(), locale)).toList();
    }

    private String fieldLabel(String field, Locale locale) {
        java.util.regex.Matcher reference = java.util.regex.Pattern.compile("references\\[(\\d+)]\\.(\\w+)").matcher(field);
        if (reference.matches()) {
            int number = Integer.parseInt(reference.group(1)) + 1;
            return messages.getMessage("editor.reference.label", new Object[] {number}, locale) + " · "
                    + messages.getMessage("editor.ref." + reference.group(2), null, reference.group(2), locale);
        }
        return messages.getMessage("editor.field." + field, null, field, locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private EditableArticle article(long id) {
        return desk.article(id).orElseThrow(() -> NotFoundException.of("Article", id));
    }

    private Map<Long, ZoneView> zoneNames() {
        return catalog.zones().stream().collect(Collectors.toMap(ZoneView::id, zone -> zone));
    }

    static RevisionAuthor author(AccountPrincipal account) {
        return new RevisionAuthor(account.id(), account.displayName());
    }

    private static ArticleStatus statusFilter(String status) {
        if ("draft".equals(status)) {
            return ArticleStatus.DRAFT;
        }
        if ("published".equals(status)) {
            return ArticleStatus.PUBLISHED;
        }
        return null;
    }
}
