package com.hcpress.content.web;

import java.time.Duration;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.CropAspect;
import com.hcpress.content.ImageFile;
import com.hcpress.content.ImageLibrary;
import com.hcpress.content.ImageText;
import com.hcpress.content.LibraryImage;
import com.hcpress.content.ZoneGrants;
import com.hcpress.content.ZoneView;
import com.hcpress.shared.web.BadRequestException;
import com.hcpress.shared.web.NotFoundException;

/**
 * A zone's image library for editors: browse and search by words, describe, crop to a cover's
 * shape, and pick a cover from the article form. Thumbnails are for staff only (the whole of
 * {@code /editor} is); readers get images through {@code /images/{id}}, behind the zone's gate.
 */
@Controller
class ImageLibraryController {

    static final String VIEW = "editor/images";
    static final String PICKER = "editor/image-fragments :: picker";
    private static final int MAX_QUERY = 100;

    private final ImageLibrary library;
    private final ContentCatalog catalog;
    private final ZoneGrants grants;

    ImageLibraryController(ImageLibrary library, ContentCatalog catalog, ZoneGrants grants) {
        this.library = library;
        this.catalog = catalog;
        this.grants = grants;
    }

    @GetMapping("/editor/zones/{slug}/images")
    String library(@PathVariable String slug, @RequestParam(required = false) String q,
                   @RequestParam(required = false) String before, Model model) {
        ZoneView zone = catalog.zone(slug).orElseThrow(() -> NotFoundException.of("Zone", slug));
        String query = query(q);
        model.addAttribute("zone", zone).addAttribute("q", query)
                .addAttribute("page", library.page(zone.id(), query, cursor(before)))
                .addAttribute("altMax", ImageText.MAX_ALT).addAttribute("captionMax", ImageText.MAX_CAPTION);
        return VIEW;
    }

    /** The cover picker inside the article form: the zone's images as choices for one field. */
    @GetMapping("/editor/images/picker")
    String picker(@RequestParam(required = false) Long zoneId, @RequestParam(required = false) String q,
                  @RequestParam(required = false) String before, @AuthenticationPrincipal AccountPrincipal viewer,
                  Model model) {
        if (zoneId == null) {
            throw new BadRequestException("No zone");
        }
        ZoneView zone = catalog.zone(zoneId).orElseThrow(() -> NotFoundException.of("Zone", zoneId));
        requireRoleIn(viewer, zone.id());
        String query = query(q);
        model.addAttribute("zone", zone).addAttribute("q", query)
                .addAttribute("page", library.page(zone.id(), query, cursor(before)));
        return PICKER;
    }

    @PostMapping("/editor/images/{id}/text")
    String describe(@PathVariable long id, @RequestParam(required = false) String alt,
                    @RequestParam(required = false) String caption, @AuthenticationPrincipal AccountPrincipal editor,
                    HttpServletResponse response, Model model, RedirectAttributes redirect) {
        LibraryImage image = zoned(id);
        ImageText text = new ImageText(alt, caption);
        Map<String, String> problems = text.problems();
        ZoneView zone = catalog.zone(image.zoneId()).orElseThrow();
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", problems).addAttribute("problemImage", id);
            return library(zone.slug(), null, null, model);
        }
        library.describe(id, text, editor.id());
        redirect.addFlashAttribute("described", id);
        return "redirect:/editor/zones/" + zone.slug() + "/images#image-" + id;
    }

    @PostMapping("/editor/images/{id}/crops")
    String crop(@PathVariable long id, @RequestParam(required = false) String aspect,
                @AuthenticationPrincipal AccountPrincipal editor, RedirectAttributes redirect) {
        LibraryImage image = zoned(id);
        CropAspect shape = CropAspect.of(aspect).orElseThrow(() -> new BadRequestException("No such aspect"));
        long crop = library.crop(id, shape, editor.id());
        redirect.addFlashAttribute("cropped", crop);
        ZoneView zone = catalog.zone(image.zoneId()).orElseThrow();
        return "redirect:/editor/zones/" + zone.slug() + "/images#image-" + crop;
    }

    @GetMapping("/editor/images/{id}/thumbnail")
    ResponseEntity<byte[]> thumbnail(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal viewer,
                                     WebRequest request) {
        requireRoleIn(viewer, zoned(id).zoneId());
        ImageFile thumbnail = library.thumbnail(id).orElseThrow(() -> NotFoundException.of("Image", id));
        String etag = "\"" + thumbnail.sha256() + "\"";
        CacheControl cache = CacheControl.maxAge(Duration.ofDays(1)).cachePrivate();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).cacheControl(cache).eTag(etag).build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(thumbnail.contentType()))
                .cacheControl(cache).eTag(etag).body(thumbnail.bytes());
    }

    /**
     * The picker and thumbnails open to zone-role accounts too (an author choosing a cover), for
     * the zones they hold a role in; staff hold every zone.
     */
    private void requireRoleIn(AccountPrincipal viewer, long zoneId) {
        if (!grants.mayDoAnything(EditorPages.staff(viewer), zoneId)) {
            throw new AccessDeniedException("No role in zone " + zoneId);
        }
    }

    /** Only images of a zone are in a library; public ones (no zone) are the site's own. */
    private LibraryImage zoned(long id) {
        return library.image(id).filter(image -> image.zoneId() != null)
                .orElseThrow(() -> NotFoundException.of("Image", id));
    }

    private static String query(String q) {
        if (q == null) {
            return "";
        }
        String stripped = q.strip();
        return stripped.length() > MAX_QUERY ? stripped.substring(0, MAX_QUERY) : stripped;
    }

    private static Long cursor(String before) {
        if (before == null || before.isBlank()) {
            return null;
        }
        if (!before.matches("\\d{1,18}")) {
            throw new BadRequestException("Not a cursor");
        }
        return Long.parseLong(before);
    }
}
