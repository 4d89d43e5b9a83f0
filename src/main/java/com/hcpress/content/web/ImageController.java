package com.hcpress.content.web;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ImageFile;
import com.hcpress.content.ZonedImage;
import com.hcpress.shared.web.NotFoundException;

/**
 * Article images. The security chain lets through only those who passed the image's zone's gate.
 * Immutable once stored, so the browser may keep them, privately.
 */
@Controller
class ImageController {

    private final ContentCatalog catalog;

    ImageController(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/images/{id}")
    ResponseEntity<byte[]> image(@PathVariable long id, WebRequest request) {
        ZonedImage image = catalog.image(id).orElseThrow(() -> NotFoundException.of("Image", id));
        ImageFile file = image.file();
        String etag = "\"" + file.sha256() + "\"";
        CacheControl cache = CacheControl.maxAge(Duration.ofDays(30)).cachePrivate();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).cacheControl(cache).eTag(etag).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(cache)
                .eTag(etag)
                .body(file.bytes());
    }
}
