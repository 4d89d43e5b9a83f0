package com.hcpress.admin.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import com.hcpress.account.AccountDirectory;
import com.hcpress.account.AccountSummary;
import com.hcpress.admin.DayRange;
import com.hcpress.consent.ConsentChoice;
import com.hcpress.consent.ConsentLedger;
import com.hcpress.consent.DocumentKind;
import com.hcpress.consent.LedgerEntry;
import com.hcpress.consent.LedgerFilter;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ZoneView;
import com.hcpress.shared.web.CsvDownload;

/**
 * The consent ledger for administrators: filter by user, document, choice and dates, 50 rows a
 * page, and the same filter exported as CSV.
 */
@Controller
class ConsentLedgerController {

    static final String VIEW = "admin/consents";
    static final int PAGE = 20;

    private final ConsentLedger ledger;
    private final AccountDirectory directory;
    private final ContentCatalog catalog;
    private final Actors actors;

    ConsentLedgerController(ConsentLedger ledger, AccountDirectory directory, ContentCatalog catalog, Actors actors) {
        this.ledger = ledger;
        this.directory = directory;
        this.catalog = catalog;
        this.actors = actors;
    }

    /** The filter as typed, kept to refill the form and the links. */
    record Query(String user, String document, String choice, String from, String to) {
    }

    record Row(LedgerEntry entry, String time, String userName, ZoneView zone) {
    }

    /** The parsed filter, or what is wrong with it, or that the user named does not exist. */
    private record Parsed(LedgerFilter filter, Map<String, String> errors, boolean noSuchAccount) {
    }

    @GetMapping("/admin/consents")
    String page(@RequestParam(required = false) String user, @RequestParam(required = false) String document,
                @RequestParam(required = false) String choice, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String before, Model model,
                HttpServletResponse response) {
        Query query = new Query(text(user), text(document), text(choice), text(from), text(to));
        Map<Long, ZoneView> zones = zones();
        model.addAttribute("query", query);
        model.addAttribute("zones", zones.values());
        model.addAttribute("choices", ConsentChoice.values());
        model.addAttribute("rows", List.of());
        Parsed parsed = parse(query, zones);
        Long beforeId = Paging.id(before);
        Map<String, String> errors = new LinkedHashMap<>(parsed.errors());
        if (beforeId == null) {
            errors.put("before", "admin.error.filter");
        }
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return VIEW;
        }
        if (parsed.noSuchAccount()) {
            model.addAttribute("noSuchAccount", true);
            return VIEW;
        }
        List<LedgerEntry> entries = ledger.page(parsed.filter(), beforeId == 0 ? null : beforeId, PAGE + 1);
        List<LedgerEntry> shown = entries.subList(0, Math.min(PAGE, entries.size()));
        Map<Long, String> names = directory.displayNames(shown.stream().map(LedgerEntry::userId)
                .filter(id -> id != null).toList());
        model.addAttribute("rows", shown.stream().map(entry -> new Row(entry, Times.format(entry.at()),
                entry.userId() == null ? null : names.get(entry.userId()),
                entry.zoneId() == null ? null : zones.get(entry.zoneId()))).toList());
        model.addAttribute("nextBefore", entries.size() > PAGE ? shown.get(PAGE - 1).id() : null);
        return VIEW;
    }

    @GetMapping("/admin/consents/export")
    void export(@RequestParam(required = false) String user, @RequestParam(required = false) String document,
                @RequestParam(required = false) String choice, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, HttpServletResponse response) {
        Query query = new Query(text(user), text(document), text(choice), text(from), text(to));
        Map<Long, ZoneView> zones = zones();
        Parsed parsed = parse(query, zones);
        if (!parsed.errors().isEmpty()) {
            throw new InvalidFilter(query, parsed.errors());
        }
        try (CsvDownload csv = CsvDownload.start(response, "consent-ledger", "id", "at", "user_id", "document_id",
                "kind", "zone", "version", "sha256", "choice", "address", "user_agent")) {
            if (!parsed.noSuchAccount()) {
                ledger.export(parsed.filter(), entry -> csv.row(entry.id(), Times.format(entry.at()), entry.userId(),
                        entry.documentId(), entry.kind(), entry.zoneId() == null ? "" : slug(zones.get(entry.zoneId())),
                        entry.version(), entry.sha256(), entry.choice(), entry.address(), entry.userAgent()));
            }
        }
    }

    /** An export asked for with a filter that does not parse: the page says what is wrong. */
    @ExceptionHandler(InvalidFilter.class)
    ModelAndView invalidFilter(InvalidFilter invalid) {
        ModelAndView page = new ModelAndView(VIEW, HttpStatus.BAD_REQUEST);
        page.addObject("query", invalid.query);
        page.addObject("zones", zones().values());
        page.addObject("choices", ConsentChoice.values());
        page.addObject("rows", List.of());
        page.addObject("errors", invalid.errors);
        return page;
    }

    static final class InvalidFilter extends RuntimeException {
        private final transient Query query;
        private final transient Map<String, String> errors;

        InvalidFilter(Query query, Map<String, String> errors) {
            super("invalid filter", null, false, false);
            this.query = query;
            this.errors = errors;
        }
    }

    /** {@code document} is empty, {@code IDENTITY_AGREEMENT}, or {@code ZONE_CONSENT:<zone slug>}. */
    private Parsed parse(Query query, Map<Long, ZoneView> zones) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!Actors.wellFormed(query.user())) {
            errors.put("user", "admin.error.actor");
        }
        DocumentKind kind = null;
        Long zoneId = null;
        if (query.document().equals(DocumentKind.IDENTITY_AGREEMENT.name())) {
            kind = DocumentKind.IDENTITY_AGREEMENT;
        } else if (query.document().startsWith(DocumentKind.ZONE_CONSENT.name() + ":")) {
            String slug = query.document().substring(DocumentKind.ZONE_CONSENT.name().length() + 1);
            Optional<ZoneView> zone = zones.values().stream().filter(candidate -> candidate.slug().equals(slug)).findFirst();
            if (zone.isPresent()) {
                kind = DocumentKind.ZONE_CONSENT;
                zoneId = zone.get().id();
            } else {
                errors.put("document", "admin.error.document");
            }
        } else if (!query.document().isEmpty()) {
            errors.put("document", "admin.error.document");
        }
        ConsentChoice consentChoice = null;
        if (!query.choice().isEmpty()) {
            try {
                consentChoice = ConsentChoice.valueOf(query.choice());
            } catch (IllegalArgumentException e) {
                errors.put("choice", "admin.error.choice");
            }
        }
        Optional<DayRange> range = DayRange.parse(query.from(), query.to());
        if (range.isEmpty()) {
            errors.put("dates", "admin.error.dates");
        }
        if (!errors.isEmpty()) {
            return new Parsed(null, errors, false);
        }
        Long userId = null;
        if (!query.user().isEmpty()) {
            Optional<AccountSummary> found = actors.find(query.user());
            if (found.isEmpty()) {
                return new Parsed(null, Map.of(), true);
            }
            userId = found.get().id();
        }
        return new Parsed(new LedgerFilter(userId, kind, zoneId, consentChoice, range.get().fromInstant(),
                range.get().toInstant()), Map.of(), false);
    }

    private Map<Long, ZoneView> zones() {
        return catalog.zones().stream().collect(Collectors.toMap(ZoneView::id, Function.identity(),
                (first, second) -> first, LinkedHashMap::new));
    }

    private static String slug(ZoneView zone) {
        return zone == null ? "" : zone.slug();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
