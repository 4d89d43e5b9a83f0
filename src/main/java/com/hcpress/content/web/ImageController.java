package com.hcpress.content.web;

import java.time.Duration;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ImageFile;
import com.hcpress.content.ZonedImage;
import com.hcpress.shared.web.BadRequestException;
import com.hcpress.shared.web.NotFoundException;

/**
 * Article images. The security chain lets through only those who passed the image's zone's gate.
 * Immutable once stored, so the browser may keep them, privately. With {@code ?w=} (one of
 * {@link WebpCopies#WIDTHS}) the image comes as WebP at most that wide, for a page's {@code srcset}.
 */
@Controller
class ImageController {

    private final ContentCatalog catalog;
    private final WebpCopies webp;

    ImageController(ContentCatalog catalog, WebpCopies webp) {
        this.catalog = catalog;
        this.webp = webp;
    }

    @GetMapping("/images/{id}")
    ResponseEntity<byte[]> image(@PathVariable long id, @RequestParam(name = "w", required = false) String widthParam,
                                 WebRequest request) {
        Integer width = width(widthParam);
        ZonedImage image = catalog.image(id).orElseThrow(() -> NotFoundException.of("Image", id));
        ImageFile file = image.file();
        Optional<byte[]> copy = width == null ? Optional.empty() : webp.of(file, width);
        String etag = "\"" + file.sha256() + (copy.isPresent() ? "-w" + width : "") + "\"";
        CacheControl cache = CacheControl.maxAge(Duration.ofDays(30)).cachePrivate();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).cacheControl(cache).eTag(etag).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(copy.isPresent() ? WebpCopies.CONTENT_TYPE : file.contentType()))
                .cacheControl(cache)
                .eTag(etag)
                .body(copy.orElse(file.bytes()));
    }

    private static Integer width(String param) {
        if (param == null) {
            return null;
        }
        for (int known : WebpCopies.WIDTHS) {
            if (Integer.toString(known).equals(param)) {
                return known;
            }
        }
        throw new BadRequestException("Not a width of this image: " + param);
    }
}
