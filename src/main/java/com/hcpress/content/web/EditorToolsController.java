package com.hcpress.content.web;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.Duty;
import com.hcpress.content.ContentEditor;
import com.hcpress.content.ImageFile;
import com.hcpress.content.ImageLibrary;
import com.hcpress.content.ImageText;
import com.hcpress.content.ImageUploads;
import com.hcpress.content.ReferenceLineParser;
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

    private final ContentEditor editor;
    private final ContentCatalog catalog;
    private final ImageLibrary library;
    private final ZoneGrants grants;

    EditorToolsController(ContentEditor editor, ContentCatalog catalog, ImageLibrary library, ZoneGrants grants) {
        this.grants = grants;
        this.editor = editor;
        this.catalog = catalog;
        this.library = library;
    }

    @PostMapping("/editor/articles/preview")
    String preview(@RequestParam MultiValueMap<String, String> fields, Model model) {
        ArticleForm form = ArticleForm.of(fields);
        Set<Integer> numbers = IntStream.rangeClosed(1, form.references().size()).boxed().collect(Collectors.toSet());
        model.addAttribute("preview", editor.preview(form.bodyMarkdown(), numbers));
        model.addAttribute("references", IntStream.range(0, form.references().size())
                .mapToObj(i -> form.references().get(i).toData(i + 1)).toList());
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
