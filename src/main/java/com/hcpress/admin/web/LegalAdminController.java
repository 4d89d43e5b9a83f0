package com.hcpress.admin.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
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
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ZoneView;
import com.hcpress.shared.web.NotFoundException;

/**
 * Legal documents for administrators: every document and its versions, each version's text and
 * hash, and publishing the identity agreement's next version (zones' consents are published from
 * the zone's page, which editors may use too).
 */
@Controller
@RequestMapping("/admin/legal")
class LegalAdminController {

    static final String LIST = "admin/legal";
    static final String AGREEMENT = "admin/legal-agreement";
    static final String VERSION = "admin/legal-version";

    private final Consents consents;
    private final ContentCatalog catalog;

    LegalAdminController(Consents consents, ContentCatalog catalog) {
        this.consents = consents;
        this.catalog = catalog;
    }

    /** One document (the identity agreement, or one zone's consent) with its versions, newest first. */
    record DocumentGroup(DocumentKind kind, ZoneView zone, List<LegalDocument> versions, String manage) {
    }

    @GetMapping
    String list(Model model) {
        Map<Long, ZoneView> zones = catalog.zones().stream().collect(Collectors.toMap(ZoneView::id, Function.identity()));
        Map<String, List<LegalDocument>> byDocument = new LinkedHashMap<>();
        for (LegalDocument document : consents.allVersions()) {
            byDocument.computeIfAbsent(document.kind() + "/" + document.zoneId(), key -> new ArrayList<>()).add(document);
        }
        List<DocumentGroup> groups = new ArrayList<>();
        byDocument.values().forEach(versions -> {
            LegalDocument latest = versions.get(0);
            ZoneView zone = latest.zoneId() == null ? null : zones.get(latest.zoneId());
            String manage = zone != null ? "/editor/zones/" + zone.slug() + "/consent" : "/admin/legal/"
                    + PLATFORM_DOCUMENTS.entrySet().stream().filter(entry -> entry.getValue() == latest.kind())
                            .map(Map.Entry::getKey).findFirst().orElse("identity-agreement");
            groups.add(new DocumentGroup(latest.kind(), zone, versions, manage));
        });
        model.addAttribute("groups", groups);
        return LIST;
    }

    /** The platform-wide documents an administrator publishes here, by the last part of their path. */
    static final Map<String, DocumentKind> PLATFORM_DOCUMENTS = Map.of(
            "identity-agreement", DocumentKind.IDENTITY_AGREEMENT,
            "terms", DocumentKind.TERMS,
            "privacy", DocumentKind.PRIVACY_POLICY);

    @GetMapping({"/identity-agreement", "/terms", "/privacy"})
    String agreement(HttpServletRequest request, Model model) {
        String path = documentPath(request);
        LegalDocument current = consents.current(PLATFORM_DOCUMENTS.get(path), null).orElse(null);
        return showAgreement(path, LegalForm.startingFrom(current), Map.of(), model);
    }

    @PostMapping({"/identity-agreement", "/terms", "/privacy"})
    String publish(HttpServletRequest request, @ModelAttribute("form") LegalForm form,
                   @AuthenticationPrincipal AccountPrincipal admin, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        String path = documentPath(request);
        DocumentKind kind = PLATFORM_DOCUMENTS.get(path);
        long askedAgain = kind.agreedInGate() ? consents.agreedToCurrent(kind, null) : 0;
        DocumentDraft draft = form.toDraft(kind, null);
        Map<String, String> problems = consents.problems(draft);
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showAgreement(path, form, problems, model);
        }
        LegalDocument published;
        try {
            published = consents.publish(admin.id(), draft);
        } catch (DataIntegrityViolationException e) {
            // Someone published the same version number a moment ago: show the page as it now stands.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return showAgreement(path, form, Map.of("kind", "legal.error.concurrent"), model);
        }
        redirect.addFlashAttribute("published", published.version());
        redirect.addFlashAttribute("askedAgain", askedAgain);
        return "redirect:/admin/legal/" + path;
    }

    @GetMapping("/{id}")
    String version(@PathVariable long id, Model model) {
        model.addAttribute("document", consents.document(id).orElseThrow(() -> NotFoundException.of("document", id)));
        model.addAttribute("back", "/admin/legal");
        model.addAttribute("zh", Locale.CHINESE);
        model.addAttribute("en", Locale.ENGLISH);
        return VERSION;
    }

    private static String documentPath(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    private String showAgreement(String path, LegalForm form, Map<String, String> errors, Model model) {
        DocumentKind kind = PLATFORM_DOCUMENTS.get(path);
        model.addAttribute("kind", kind);
        model.addAttribute("action", "/admin/legal/" + path);
        model.addAttribute("versions", consents.versions(kind, null));
        model.addAttribute("agreedToCurrent", kind.agreedInGate() ? consents.agreedToCurrent(kind, null) : 0L);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return AGREEMENT;
    }
}
