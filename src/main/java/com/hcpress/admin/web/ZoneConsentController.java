package com.hcpress.admin.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.consent.Consents;
import com.hcpress.consent.DocumentDraft;
import com.hcpress.consent.DocumentKind;
import com.hcpress.consent.LegalDocument;
import com.hcpress.content.ZoneView;
import com.hcpress.shared.web.NotFoundException;

/**
 * A zone's informed consent: its versions, and publishing the next one, which asks every reader
 * who agreed to the current version to agree again. The page says how many that is.
 */
@Controller
@RequestMapping("/editor/zones/{slug}/consent")
class ZoneConsentController {

    static final String VIEW = "admin/zone-consent";
    static final String VERSION = "admin/legal-version";

    private final Consents consents;
    private final EditorZones zones;

    ZoneConsentController(Consents consents, EditorZones zones) {
        this.consents = consents;
        this.zones = zones;
    }

    @GetMapping
    String page(@PathVariable String slug, Model model) {
        ZoneView zone = zones.bySlug(slug);
        LegalDocument current = consents.current(DocumentKind.ZONE_CONSENT, zone.id()).orElse(null);
        return show(zone, LegalForm.startingFrom(current), Map.of(), model);
    }

    @PostMapping
    String publish(@PathVariable String slug, @ModelAttribute("form") LegalForm form,
                   @AuthenticationPrincipal AccountPrincipal editor, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        ZoneView zone = zones.bySlug(slug);
        long askedAgain = consents.agreedToCurrent(DocumentKind.ZONE_CONSENT, zone.id());
        DocumentDraft draft = form.toDraft(DocumentKind.ZONE_CONSENT, zone.id());
        Map<String, String> problems = consents.problems(draft);
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(zone, form, problems, model);
        }
        LegalDocument published;
        try {
            published = consents.publish(editor.id(), draft);
        } catch (DataIntegrityViolationException e) {
            // Someone published the same version number a moment ago: show the page as it now stands.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return show(zone, form, Map.of("kind", "legal.error.concurrent"), model);
        }
        redirect.addFlashAttribute("published", published.version());
        redirect.addFlashAttribute("askedAgain", askedAgain);
        return "redirect:/editor/zones/" + zone.slug() + "/consent";
    }

    @GetMapping("/{id}")
    String version(@PathVariable String slug, @PathVariable long id, Model model) {
        ZoneView zone = zones.bySlug(slug);
        LegalDocument document = consents.document(id)
                .filter(found -> found.kind() == DocumentKind.ZONE_CONSENT && zone.id() == found.zoneId())
                .orElseThrow(() -> NotFoundException.of("document", id));
        model.addAttribute("document", document);
        model.addAttribute("back", "/editor/zones/" + zone.slug() + "/consent");
        model.addAttribute("zh", Locale.CHINESE);
        model.addAttribute("en", Locale.ENGLISH);
        return VERSION;
    }

    private String show(ZoneView zone, LegalForm form, Map<String, String> errors, Model model) {
        model.addAttribute("zone", zone);
        model.addAttribute("versions", consents.versions(DocumentKind.ZONE_CONSENT, zone.id()));
        model.addAttribute("agreedToCurrent", consents.agreedToCurrent(DocumentKind.ZONE_CONSENT, zone.id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
