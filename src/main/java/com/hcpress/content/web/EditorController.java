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
import org.springframework.security.access.AccessDeniedException;
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
import com.hcpress.content.DeskFilter;
import com.hcpress.content.Duty;
import com.hcpress.content.BodyLines;
import com.hcpress.content.EditorialWorkflow;
import com.hcpress.content.NotPermittedException;
import com.hcpress.content.WorkflowException;
import com.hcpress.content.ImageLibrary;
import com.hcpress.content.WorkflowState;
import com.hcpress.content.ZoneGrants;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ContentEditor;
import com.hcpress.content.DraftProblem;
import com.hcpress.content.EditableArticle;
import com.hcpress.content.EditorCatalog;
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
    private final EditorPages pages;
    private final ZoneGrants grants;
    private final EditorialWorkflow workflow;
    private final ImageLibrary library;

    EditorController(EditorCatalog desk, ContentEditor editor, ContentCatalog catalog, MessageSource messages,
                     EditorPages pages, ZoneGrants grants, EditorialWorkflow workflow, ImageLibrary library) {
        this.library = library;
        this.desk = desk;
        this.editor = editor;
        this.catalog = catalog;
        this.messages = messages;
        this.pages = pages;
        this.grants = grants;
        this.workflow = workflow;
    }

    @GetMapping("/editor")
    String home(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
                @RequestParam(required = false) String zone, @RequestParam(required = false) String author,
                @RequestParam(required = false) String after, @AuthenticationPrincipal AccountPrincipal viewer,
                HttpServletRequest request, Model model) {
        WorkflowState state = stateFilter(status);
        Long zoneId = idFilter(zone, "zone");
        Long authorId = idFilter(author, "author");
        String title = q == null ? "" : q.strip();
        if (title.length() > 200) {
            title = title.substring(0, 200);
        }
        Optional<ListCursor> cursor = ListCursor.parse(after);
        if (cursor == null || (cursor.isPresent() && !cursor.get().isInstant())) {
            throw new BadRequestException("Not a place in the list: " + after);
        }
        Set<Long> within = viewer.isContentStaff() ? null : grants.zonesOf(viewer.id());
        model.addAttribute("page", desk.articles(new DeskFilter(title, state, zoneId, authorId, within), cursor));
        model.addAttribute("contentStaff", viewer.isContentStaff());
        model.addAttribute("status", state == null ? "" : state.name().toLowerCase(Locale.ROOT));
        model.addAttribute("zone", zoneId == null ? "" : zoneId.toString());
        model.addAttribute("author", authorId == null ? "" : authorId.toString());
        model.addAttribute("authors", desk.authors());
        model.addAttribute("states", WorkflowState.values());
        model.addAttribute("q", title);
        model.addAttribute("zoneNames", zoneNames());
        model.addAttribute("zones", catalog.zones().stream().filter(z -> within == null || within.contains(z.id())).toList());
        model.addAttribute("back", "status=" + (state == null ? "" : state.name().toLowerCase(Locale.ROOT))
                + "&zone=" + (zoneId == null ? "" : zoneId) + "&author=" + (authorId == null ? "" : authorId)
                + "&q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
        return cursor.isPresent() && request.getHeader("HX-Request") != null ? HOME + " :: items" : HOME;
    }

    @GetMapping("/editor/articles/new")
    String newArticle(@AuthenticationPrincipal AccountPrincipal viewer, Model model) {
        List<ZoneView> zones = catalog.zones().stream()
                .filter(zone -> grants.may(EditorPages.staff(viewer), zone.id(), Duty.WRITE)).toList();
        if (zones.isEmpty()) {
            throw new AccessDeniedException("No author role in any zone");
        }
        return form(model, ArticleForm.blank(zones.get(0).id()), null, List.of());
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
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, form, null, problems(problems, locale));
        }
        List<DraftProblem> images = imageProblems(form);
        if (!images.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, form, null, problems(images, locale));
        }
        requireWrite(editorAccount, form.zoneId());
        long id = editor.createArticle(form.zoneId(), form.slug().strip(), form.toDraft(), author(editorAccount));
        return "redirect:/editor/articles/" + id + "?saved";
    }

    @GetMapping("/editor/articles/{id}")
    String edit(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal viewer, Model model) {
        EditableArticle article = article(id, viewer);
        return form(model, ArticleForm.of(article), article, List.of());
    }

    @PostMapping("/editor/articles/{id}")
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> fields,
                @AuthenticationPrincipal AccountPrincipal editorAccount, Locale locale, Model model,
                HttpServletResponse response) {
        EditableArticle current = article(id, editorAccount);
        requireWrite(editorAccount, current.zoneId());
        ArticleForm form = ArticleForm.of(fields);
        List<DraftProblem> problems = new java.util.ArrayList<>(form.problems(false));
        if (problems.isEmpty() && catalog.zone(form.zoneId()).isEmpty()) {
            problems.add(new DraftProblem("zoneId", "required", List.of()));
        }
        if (form.version() == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, form, current, List.of(message("editor.problem.version", locale)));
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, form, current, problems(problems, locale));
        }
        List<DraftProblem> images = imageProblems(form);
        if (!images.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, form, current, problems(images, locale));
        }
        String message = fields.getFirst("revisionMessage");
        if (message != null && message.strip().length() > 1000) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, form, current, List.of(message("editor.problem.revisionMessage", locale)));
        }
        requireWrite(editorAccount, form.zoneId());
        try {
            editor.revise(id, form.version(), form.zoneId(), form.toDraft(), author(editorAccount), message);
        } catch (ArticleConflictException | OptimisticLockingFailureException conflict) {
            return conflict(model, form, id, response);
        }
        return "redirect:/editor/articles/" + id + "?saved";
    }

    @GetMapping("/editor/articles/{id}/revisions")
    String history(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal viewer, Model model) {
        model.addAttribute("article", article(id, viewer));
        model.addAttribute("revisions", desk.history(id));
        model.addAttribute("steps", workflow.history(id));
        return HISTORY;
    }

    @GetMapping("/editor/articles/{id}/revisions/{revision}")
    String oldRevision(@PathVariable long id, @PathVariable int revision, @RequestParam(required = false) String line,
                       @AuthenticationPrincipal AccountPrincipal viewer, Model model) {
        return revisionPage(id, revision, line, viewer, model, List.of());
    }

    /** A remark on one line of a revision's body; refused with the page and the reason (400, 404, 403). */
    @PostMapping("/editor/articles/{id}/revisions/{revision}/remarks")
    String remarkOnLine(@PathVariable long id, @PathVariable int revision, @RequestParam(required = false) String line,
                        @RequestParam(required = false) String message, @AuthenticationPrincipal AccountPrincipal viewer,
                        Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        EditableArticle article = article(id, viewer);
        desk.revision(id, revision).orElseThrow(() -> NotFoundException.of("Revision", revision));
        if (!grants.mayDoAnything(EditorPages.staff(viewer), article.zoneId())) {
            throw new AccessDeniedException("No role in the article's zone");
        }
        Integer number = line != null && line.strip().matches("\\d{1,6}") ? Integer.valueOf(line.strip()) : null;
        try {
            if (number == null) {
                throw new WorkflowException("editor.remark.problem.lineNumber");
            }
            workflow.remarkOnLine(id, revision, number, EditorPages.staff(viewer), message);
        } catch (WorkflowException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("remarkMessage", message);
            return revisionPage(id, revision, line, viewer, model,
                    List.of(messages.getMessage(refused.messageKey(), refused.arguments(), locale)));
        } catch (NotPermittedException notPermitted) {
            throw new AccessDeniedException(notPermitted.getMessage());
        }
        redirect.addFlashAttribute("remarked", number);
        return "redirect:/editor/articles/" + id + "/revisions/" + revision + "#line-" + number;
    }

    private String revisionPage(long id, int revision, String line, AccountPrincipal viewer, Model model,
                                List<String> problems) {
        EditableArticle article = article(id, viewer);
        EditorCatalog.StoredRevision old = desk.revision(id, revision)
                .orElseThrow(() -> NotFoundException.of("Revision", revision));
        Set<Integer> numbers = old.draft().references().stream().map(r -> r.number()).collect(Collectors.toSet());
        List<String> lines = BodyLines.of(old.draft().bodyMarkdown());
        LineRemarks remarks = LineRemarks.of(lines, workflow.history(id).stream()
                .filter(event -> event.revision() == revision && event.onLine()).toList());
        model.addAttribute("article", article);
        model.addAttribute("old", old);
        model.addAttribute("preview", editor.preview(old.draft().bodyMarkdown(), numbers));
        model.addAttribute("zoneNames", zoneNames());
        model.addAttribute("lines", lines);
        model.addAttribute("remarks", remarks);
        model.addAttribute("mayRemark", grants.mayDoAnything(EditorPages.staff(viewer), article.zoneId()));
        model.addAttribute("remarkLine", line != null && line.strip().matches("\\d{1,6}") ? line.strip() : "");
        model.addAttribute("remarkMax", EditorialWorkflow.MAX_LINE_REMARK);
        model.addAttribute("problems", problems);
        return OLD_REVISION;
    }

    /** What a revision changed against the one before it (against nothing for the first). */
    @GetMapping("/editor/articles/{id}/revisions/{revision}/changes")
    String changes(@PathVariable long id, @PathVariable int revision, @AuthenticationPrincipal AccountPrincipal viewer,
                   Locale locale, Model model) {
        EditableArticle article = article(id, viewer);
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
        model.addAttribute("bodyNumbers", TextDiff.newLineNumbers(changes.get("body")));
        model.addAttribute("remarks", LineRemarks.of(BodyLines.of(shown.draft().bodyMarkdown()), workflow.history(id).stream()
                .filter(event -> event.revision() == revision && event.onLine()).toList()));
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
        requireWrite(editorAccount, article(id).zoneId());
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
        }
        redirect.addFlashAttribute("done", done);
        return "redirect:/editor/articles/" + id;
    }

    private void requireWrite(AccountPrincipal account, Long zoneId) {
        if (zoneId != null && !grants.may(EditorPages.staff(account), zoneId, Duty.WRITE)) {
            throw new AccessDeniedException("No author role in zone " + zoneId);
        }
    }

    /**
     * The cover and the expert's photo must be existing images of the article's own zone (a 422
     * saying which): a cover never shows one zone's readers an image gated by another.
     */
    private List<DraftProblem> imageProblems(ArticleForm form) {
        List<DraftProblem> problems = new java.util.ArrayList<>();
        if (form.zoneId() == null) {
            return problems;
        }
        imageProblem("coverImageId", form.coverImageId(), form.zoneId()).ifPresent(problems::add);
        imageProblem("expertPhotoId", form.expertPhotoId(), form.zoneId()).ifPresent(problems::add);
        return problems;
    }

    private java.util.Optional<DraftProblem> imageProblem(String field, Long imageId, long zoneId) {
        if (imageId == null) {
            return java.util.Optional.empty();
        }
        if (library.image(imageId).isEmpty()) {
            return java.util.Optional.of(new DraftProblem(field, "imageMissing", List.of(imageId.toString())));
        }
        if (!editor.isImageOfZone(imageId, zoneId)) {
            return java.util.Optional.of(new DraftProblem(field, "imageOfZone", List.of(imageId.toString())));
        }
        return java.util.Optional.empty();
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
        return pages.form(model, form, article, problems);
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

    /** The article, for someone holding a role in its zone (site-wide staff hold every zone). */
    private EditableArticle article(long id, AccountPrincipal viewer) {
        EditableArticle article = article(id);
        if (!grants.mayDoAnything(EditorPages.staff(viewer), article.zoneId())) {
            throw new AccessDeniedException("No role in zone " + article.zoneId());
        }
        return article;
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

    private static WorkflowState stateFilter(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        for (WorkflowState candidate : WorkflowState.values()) {
            if (candidate.name().equalsIgnoreCase(state.strip())) {
                return candidate;
            }
        }
        throw new BadRequestException("Not a workflow state: " + state);
    }

    private static Long idFilter(String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new BadRequestException("Not a " + what + ": " + value);
        }
    }
}
