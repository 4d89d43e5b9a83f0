package com.hcpress.consent.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.hcpress.consent.Consents;
import com.hcpress.consent.DocumentKind;
import com.hcpress.consent.LegalDocument;
import com.hcpress.shared.web.NotFoundException;

/**
 * {@code /terms} (用户服务协议) and {@code /privacy} (隐私政策) for everyone, signed in or not: the
 * version in force, or an earlier one by {@code ?version=}, with the list of versions.
 */
@Controller
class LegalPagesController {

    private final Consents consents;

    LegalPagesController(Consents consents) {
        this.consents = consents;
    }

    @GetMapping("/terms")
    String terms(@RequestParam(required = false) String version, Model model) {
        return show(DocumentKind.TERMS, "/terms", version, model);
    }

    @GetMapping("/privacy")
    String privacy(@RequestParam(required = false) String version, Model model) {
        return show(DocumentKind.PRIVACY_POLICY, "/privacy", version, model);
    }

    private String show(DocumentKind kind, String path, String version, Model model) {
        List<LegalDocument> versions = consents.versions(kind, null);
        if (versions.isEmpty()) {
            throw NotFoundException.of("document", kind.name());
        }
        LegalDocument shown = versions.get(0);
        if (version != null && !version.isBlank()) {
            String wanted = version.strip();
            shown = versions.stream().filter(document -> wanted.equals(Integer.toString(document.version())))
                    .findFirst().orElseThrow(() -> NotFoundException.of("version", wanted));
        }
        model.addAttribute("document", shown).addAttribute("versions", versions).addAttribute("path", path)
                .addAttribute("current", shown.version() == versions.get(0).version());
        return "legal/document";
    }
}
