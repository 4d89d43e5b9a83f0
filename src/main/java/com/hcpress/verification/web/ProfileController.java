package com.hcpress.verification.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.verification.Correction;
import com.hcpress.verification.Profession;
import com.hcpress.verification.ProfileForm;
import com.hcpress.verification.SubmissionResult;
import com.hcpress.verification.SubmissionView;
import com.hcpress.verification.Verifications;

/** 完善信息: the profile form, pre-filled from the latest submission when resubmitting. */
@Controller
class ProfileController {

    static final String PATH = "/verification/profile";
    static final String VIEW = "verification/profile";

    private final Verifications verifications;

    ProfileController(Verifications verifications) {
        this.verifications = verifications;
    }

    @GetMapping(PATH)
    String form(@AuthenticationPrincipal AccountPrincipal user, @RequestParam(required = false) String next, Model model) {
        if (!verifications.status(user.id()).maySubmit()) {
            return "redirect:" + NextStep.link(StatusController.PATH, next);
        }
        ProfileForm form = verifications.latest(user.id()).map(SubmissionView::toForm).orElseGet(ProfileForm::empty);
        return show(form, Map.of(), next, verifications.correction(user.id()).orElse(null), model);
    }

    // The profile is bound without @Valid: Verifications validates it, for the demo data as for this page.
    @PostMapping(PATH)
    String submit(@AuthenticationPrincipal AccountPrincipal user, @ModelAttribute("form") ProfileForm form,
                  BindingResult ignoredTypeMismatches, @RequestParam(name = "photo", required = false) MultipartFile photo,
                  @RequestParam(required = false) String next, Model model, HttpServletResponse response)
            throws IOException {
        SubmissionResult result = verifications.submit(user.id(), form, bytesOf(photo));
        if (result.succeeded()) {
            return "redirect:" + NextStep.orHome(next);
        }
        // The form again with what is wrong beside each field, as a 4xx: nothing was stored.
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        Correction correction = verifications.correction(user.id()).orElse(null);
        return show(correction == null ? form : correction.merge(form), result.errors(), next, correction, model);
    }

    /** {@code correction}: the fields a reviewer marked, when the latest submission was rejected field by field. */
    private static String show(ProfileForm form, Map<String, String> errors, String next, Correction correction, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("correction", correction);
        model.addAttribute("errors", errors);
        model.addAttribute("professions", Profession.values());
        model.addAttribute("next", NextStep.orHome(next));
        return VIEW;
    }

    /** No file chosen is null (a missing photo); a chosen file with no bytes is an empty one. */
    private static byte[] bytesOf(MultipartFile photo) throws IOException {
        if (photo == null || (photo.isEmpty() && (photo.getOriginalFilename() == null || photo.getOriginalFilename().isEmpty()))) {
            return null;
        }
        return photo.getBytes();
    }
}
