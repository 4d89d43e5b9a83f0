package com.hcpress.gate.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.analytics.ReadingLog;
import com.hcpress.consent.ConsentChoice;
import com.hcpress.consent.Consents;
import com.hcpress.consent.DocumentKind;
import com.hcpress.consent.LegalDocument;
import com.hcpress.consent.RequestOrigin;
import com.hcpress.consent.TextChanges;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ZoneView;
import com.hcpress.gate.Gate;
import com.hcpress.gate.GatePaths;
import com.hcpress.gate.GateStep;
import com.hcpress.questionnaire.Questionnaires;
import com.hcpress.shared.web.LocalPath;
import com.hcpress.shared.web.NotFoundException;

/**
 * The gate of a zone as pages: each visit shows the user's next step, and each step's form comes
 * back here, until the "passed" screen sends the reader on to what they first asked for.
 */
@Controller
@RequestMapping("/gate/{zoneSlug}")
class GateController {

    private final Gate gate;
    private final ContentCatalog catalog;
    private final Consents consents;
    private final Questionnaires questionnaires;
    private final ReadingLog readings;

    GateController(Gate gate, ContentCatalog catalog, Consents consents, Questionnaires questionnaires,
                   ReadingLog readings) {
        this.readings = readings;
        this.gate = gate;
        this.catalog = catalog;
        this.consents = consents;
        this.questionnaires = questionnaires;
    }

    @GetMapping
    String next(@PathVariable String zoneSlug, @RequestParam(required = false) String next,
                @AuthenticationPrincipal AccountPrincipal user, Locale locale, Model model) {
        ZoneView zone = zone(zoneSlug);
        String target = target(zone, next);
        String here = GatePaths.gate(zone.slug(), target);
        model.addAttribute("zone", zone).addAttribute("next", target);
        GateStep step = gate.step(user, zone.id());
        if (user != null && !user.isContentStaff()) {
            readings.gateOpened(zone.id(), user.id());
        }
        switch (step) {
            case SIGN_IN:
                return "redirect:/login";
            case AGREEMENT:
                model.addAttribute("document", changesSinceAgreed(user, document(DocumentKind.IDENTITY_AGREEMENT, null),
                        locale, model));
                return "gate/agreement";
            case CONSENT:
                model.addAttribute("document", changesSinceAgreed(user, document(DocumentKind.ZONE_CONSENT, zone.id()),
                        locale, model));
                return "gate/consent";
            case PROFILE:
                return "redirect:/verification/profile?next=" + LocalPath.encode(here);
            case UNDER_REVIEW:
                return "gate/waiting";
            case REJECTED:
                return "redirect:/verification/status?next=" + LocalPath.encode(here);
            case QUESTIONS:
                model.addAttribute("questions", questionnaires.questions(zone.id()));
                model.addAttribute("problems", Map.of()).addAttribute("answers", Map.of());
                return "gate/questions";
            case PASSED:
            default:
                if (!user.isContentStaff() && gate.firstTimePassed(user.id(), zone.id())) {
                    return "gate/passed";
                }
                return "redirect:" + target;
        }
    }

    /** After "disagree and skip": what was skipped, what stays open, and the way back to the consent. */
    @GetMapping("/skipped")
    String skipped(@PathVariable String zoneSlug, @RequestParam(required = false) String next, Model model) {
        ZoneView zone = zone(zoneSlug);
        model.addAttribute("zone", zone).addAttribute("next", target(zone, next))
                .addAttribute("document", document(DocumentKind.ZONE_CONSENT, zone.id()));
        return "gate/consent-skipped";
    }

    /** Polled by the waiting page; once the review is decided, htmx follows the redirect. */
    @GetMapping("/waiting")
    String waiting(@PathVariable String zoneSlug, @RequestParam(required = false) String next,
                   @AuthenticationPrincipal AccountPrincipal user, HttpServletResponse response, Model model) {
        ZoneView zone = zone(zoneSlug);
        String target = target(zone, next);
        if (gate.step(user, zone.id()) != GateStep.UNDER_REVIEW) {
            response.setHeader("HX-Redirect", GatePaths.gate(zone.slug(), target));
        }
        model.addAttribute("zone", zone).addAttribute("next", target);
        return "gate/waiting :: status";
    }

    @PostMapping("/agreement")
    String agreement(@PathVariable String zoneSlug, @RequestParam(required = false) String next,
                     @RequestParam long documentId, @RequestParam String choice,
                     @AuthenticationPrincipal AccountPrincipal user, HttpServletRequest request, Model model) {
        ZoneView zone = zone(zoneSlug);
        String target = target(zone, next);
        LegalDocument current = document(DocumentKind.IDENTITY_AGREEMENT, null);
        if (current.id() != documentId) {
            return "redirect:" + GatePaths.gate(zone.slug(), target); // a new version was published meanwhile
        }
        boolean agreed = "agree".equals(choice);
        consents.record(user.id(), documentId, agreed ? ConsentChoice.AGREED : ConsentChoice.REJECTED, origin(request));
        if (agreed) {
            return "redirect:" + GatePaths.gate(zone.slug(), target);
        }
        model.addAttribute("zone", zone).addAttribute("next", target);
        return "gate/agreement-rejected";
    }

    @PostMapping("/consent")
    String consent(@PathVariable String zoneSlug, @RequestParam(required = false) String next,
                   @RequestParam long documentId, @RequestParam String choice,
                   @AuthenticationPrincipal AccountPrincipal user, HttpServletRequest request) {
        ZoneView zone = zone(zoneSlug);
        String target = target(zone, next);
        if (!"agree".equals(choice)) {
            // Skipping records nothing: the next page says so, and how to come back.
            return "redirect:/gate/" + zone.slug() + "/skipped?next=" + LocalPath.encode(target);
        }
        LegalDocument current = document(DocumentKind.ZONE_CONSENT, zone.id());
        if (current.id() == documentId) {
            consents.record(user.id(), documentId, ConsentChoice.AGREED, origin(request));
        }
        return "redirect:" + GatePaths.gate(zone.slug(), target);
    }

    @PostMapping("/questions")
    String questions(@PathVariable String zoneSlug, @RequestParam(required = false) String next,
                     @RequestParam MultiValueMap<String, String> form,
                     @AuthenticationPrincipal AccountPrincipal user, Model model) {
        ZoneView zone = zone(zoneSlug);
        String target = target(zone, next);
        Map<String, List<String>> answers = form;
        Map<String, String> problems = questionnaires.answer(user.id(), zone.id(), answers);
        if (problems.isEmpty()) {
            return "redirect:" + GatePaths.gate(zone.slug(), target);
        }
        model.addAttribute("zone", zone).addAttribute("next", target)
                .addAttribute("questions", questionnaires.questions(zone.id()))
                .addAttribute("problems", problems).addAttribute("answers", form);
        return "gate/questions";
    }

    /**
     * A reader asked to agree again sees what changed since the version they agreed to, in the
     * language of the page; someone agreeing for the first time sees the text alone.
     */
    private LegalDocument changesSinceAgreed(AccountPrincipal user, LegalDocument current, Locale locale, Model model) {
        consents.agreedEarlier(user.id(), current.kind(), current.zoneId()).ifPresent(earlier -> {
            boolean english = "en".equals(locale.getLanguage());
            model.addAttribute("agreedVersion", earlier.version());
            model.addAttribute("changes", TextChanges.between(english ? earlier.textEn() : earlier.textZh(),
                    english ? current.textEn() : current.textZh()));
        });
        return current;
    }

    private ZoneView zone(String slug) {
        return catalog.zone(slug).orElseThrow(() -> NotFoundException.of("Zone", slug));
    }

    private LegalDocument document(DocumentKind kind, Long zoneId) {
        return consents.current(kind, zoneId).orElseThrow(() -> new IllegalStateException("No " + kind + " published"));
    }

    private static String target(ZoneView zone, String next) {
        return LocalPath.orDefault(next, "/zones/" + zone.slug());
    }

    private static RequestOrigin origin(HttpServletRequest request) {
        return new RequestOrigin(request.getRemoteAddr(), request.getHeader("User-Agent"));
    }
}
