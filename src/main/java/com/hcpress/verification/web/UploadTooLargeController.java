package com.hcpress.verification.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Where {@link UploadLimit} sends an upload that was too large to read. */
@Controller
class UploadTooLargeController {

    static final String VIEW = "verification/upload-too-large";

    @GetMapping(UploadLimit.PAGE)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String tooLarge(@RequestParam(required = false) String next, Model model) {
        model.addAttribute("profileUrl", NextStep.link(ProfileController.PATH, next));
        return VIEW;
    }
}
