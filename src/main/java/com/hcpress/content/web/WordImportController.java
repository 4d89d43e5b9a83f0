package com.hcpress.content.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ArticleDraft;
import com.hcpress.content.ArticleDraftCheck;
import com.hcpress.content.ArticleKind;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ContentEditor;
import com.hcpress.content.DraftProblem;
import com.hcpress.content.ImageUploads;
import com.hcpress.content.UnacceptableImageException;
import com.hcpress.content.ZoneView;
import com.hcpress.content.docx.UnreadableWordFileException;
import com.hcpress.content.docx.WordManuscript;
import com.hcpress.content.docx.WordReader;

/**
 * Word import: a {@code .docx} becomes a new draft in the chosen zone, its pictures stored as the
 * zone's images, and the editor lands on the draft's form with a report of what was left out.
 */
@Controller
class WordImportController {

    static final String PAGE = "editor/import";
    private static final Pattern IMAGE_LINK = Pattern.compile("!\\[([^\\]]*)]\\(" + WordManuscript.IMAGE_SCHEME + "(\\d+)\\)");

    private final ContentEditor editor;
    private final ContentCatalog catalog;
    private final MessageSource messages;

    WordImportController(ContentEditor editor, ContentCatalog catalog, MessageSource messages) {
        this.editor = editor;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/editor/import")
    String page(Model model) {
        model.addAttribute("zones", catalog.zones());
        return PAGE;
    }

    @PostMapping("/editor/import")
    String importWord(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String zone,
                      @AuthenticationPrincipal AccountPrincipal editorAccount, Locale locale, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        Optional<ZoneView> target = zone(zone);
        if (target.isEmpty()) {
            return refused(model, response, HttpStatus.BAD_REQUEST, "editor.import.zone");
        }
        if (file == null || file.isEmpty()) {
            return refused(model, response, HttpStatus.BAD_REQUEST, "editor.import.empty");
        }
        WordManuscript manuscript;
        try {
            manuscript = WordReader.read(file.getBytes());
        } catch (UnreadableWordFileException e) {
            return refused(model, response, HttpStatus.UNPROCESSABLE_CONTENT, "editor.import.unreadable");
        }
        List<String> report = new ArrayList<>();
        manuscript.notCarriedOver().stream().distinct().forEach(problem -> report.add(
                messages.getMessage("editor.import.left." + problem.code(), new Object[] {problem.detail()}, locale)));
        String body = withStoredImages(manuscript, target.get().id(), report, locale);
        String title = manuscript.title() != null ? manuscript.title() : titleFrom(file.getOriginalFilename());
        ArticleDraft draft = new ArticleDraft(clip(title, 300), clip(editorAccount.displayName(), 200), LocalDate.now(),
                ArticleKind.ORIGINAL, null, null, body, null, null, null, null, manuscript.references());
        List<DraftProblem> problems = ArticleDraftCheck.draft(draft);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems.stream().map(problem -> problem.field() + ": "
                    + messages.getMessage(problem.messageKey(), problem.arguments().toArray(), problem.code(), locale)).toList());
            return refused(model, response, HttpStatus.UNPROCESSABLE_CONTENT, "editor.import.invalid");
        }
        long id = editor.createArticle(target.get().id(), newSlug(), draft, EditorController.author(editorAccount));
        redirect.addFlashAttribute("importReport", report);
        redirect.addFlashAttribute("imported", manuscript.references().size());
        return "redirect:/editor/articles/" + id;
    }

    private String withStoredImages(WordManuscript manuscript, long zoneId, List<String> report, Locale locale) {
        List<String> stored = new ArrayList<>();
        for (WordManuscript.Image image : manuscript.images()) {
            try {
                stored.add("/images/" + editor.storeImage(ImageUploads.read(image.bytes()), zoneId));
            } catch (UnacceptableImageException refused) {
                stored.add(null);
                report.add(messages.getMessage("editor.import.left.picture",
                        new Object[] {messages.getMessage(refused.messageKey(), new Object[] {ImageUploads.MAX_BYTES / (1024 * 1024)}, locale)},
                        locale));
            }
        }
        Matcher link = IMAGE_LINK.matcher(manuscript.markdown());
        return link.replaceAll(found -> {
            String url = stored.get(Integer.parseInt(found.group(2)));
            return url == null ? "" : Matcher.quoteReplacement("![" + found.group(1) + "](" + url + ")");
        });
    }

    private Optional<ZoneView> zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return Optional.empty();
        }
        if (zone.strip().matches("\\d{1,18}")) {
            return catalog.zone(Long.parseLong(zone.strip()));
        }
        return catalog.zone(zone.strip());
    }

    private String refused(Model model, HttpServletResponse response, HttpStatus status, String messageKey) {
        response.setStatus(status.value());
        model.addAttribute("refusal", messageKey);
        model.addAttribute("zones", catalog.zones());
        return PAGE;
    }

    private static String titleFrom(String filename) {
        String name = filename == null ? "" : filename.replaceAll("^.*[/\\\\]", "").replaceAll("(?i)\\.docx$", "").strip();
        return name.isEmpty() ? "Word" : name;
    }

    private static String newSlug() {
        return "word-" + LocalDate.now().toString().replace("-", "") + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
