package com.hcpress.content.web;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ImageFile;
import com.hcpress.content.ZonedImage;
import com.hcpress.gate.Gate;
import com.hcpress.shared.web.NotFoundException;

/**
 * Article images, for those who passed their zone's gate. Immutable once stored, so the browser
 * may keep them, privately.
 */
@Controller
class ImageController {

    private final ContentCatalog catalog;
    private final Gate gate;

    ImageController(ContentCatalog catalog, Gate gate) {
        this.catalog = catalog;
        this.gate = gate;
    }

    @GetMapping("/images/{id}")
    ResponseEntity<byte[]> image(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
                                 WebRequest request) {
        ZonedImage image = catalog.image(id).orElseThrow(() -> NotFoundException.of("Image", id));
        if (image.zoneId() != null && !gate.admits(user, image.zoneId())) {
            return ResponseEntity.status(user == null ? 401 : 403).cacheControl(CacheControl.noStore()).build();
        }
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
