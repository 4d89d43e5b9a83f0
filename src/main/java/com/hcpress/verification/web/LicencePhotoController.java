package com.hcpress.verification.web;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.shared.web.NotFoundException;
import com.hcpress.verification.LicencePhotoFile;
import com.hcpress.verification.Verifications;

/** Licence photos, for their owner and reviewers only; anyone else learns nothing, not even that it exists. */
@Controller
class LicencePhotoController {

    private final Verifications verifications;

    LicencePhotoController(Verifications verifications) {
        this.verifications = verifications;
    }

    @GetMapping("/licence-photos/{id}")
    ResponseEntity<byte[]> photo(@AuthenticationPrincipal AccountPrincipal viewer, @PathVariable long id) {
        LicencePhotoFile photo = verifications.photo(id, viewer).orElseThrow(() -> NotFoundException.of("Licence photo", id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .body(photo.bytes());
    }
}
