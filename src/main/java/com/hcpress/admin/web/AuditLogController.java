package com.hcpress.admin.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.hcpress.account.AccountDirectory;
import com.hcpress.account.AccountSummary;
import com.hcpress.admin.DayRange;
import com.hcpress.audit.AuditEntry;
import com.hcpress.audit.AuditFilter;
import com.hcpress.audit.AuditTrail;

/** The audit log for administrators: filter by actor, action (prefix) and dates, 50 entries a page. */
@Controller
class AuditLogController {

    static final String VIEW = "admin/audit";
    static final int PAGE = 20;

    private final AuditTrail trail;
    private final AccountDirectory directory;
    private final Actors actors;

    AuditLogController(AuditTrail trail, AccountDirectory directory, Actors actors) {
        this.trail = trail;
        this.directory = directory;
        this.actors = actors;
    }

    /** The filter as typed, kept to refill the form and the next page's link. */
    record Query(String actor, String action, String from, String to) {
    }

    record Row(AuditEntry entry, String time, String actorName) {
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String before, Model model, HttpServletResponse response) {
        Query query = new Query(text(actor), text(action), text(from), text(to));
        model.addAttribute("query", query);
        model.addAttribute("rows", List.of());
        Map<String, String> errors = new LinkedHashMap<>();
        if (!Actors.wellFormed(query.actor())) {
            errors.put("actor", "admin.error.actor");
        }
        if (query.action().length() > AuditFilter.MAX_ACTION || !query.action().matches("[a-z0-9.\\-]*")) {
            errors.put("action", "admin.error.action");
        }
        Optional<DayRange> range = DayRange.parse(query.from(), query.to());
        if (range.isEmpty()) {
            errors.put("dates", "admin.error.dates");
        }
        Long beforeId = Paging.id(before);
        if (beforeId == null) {
            errors.put("before", "admin.error.filter");
        }
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return VIEW;
        }
        Long actorId = null;
        if (!query.actor().isEmpty()) {
            Optional<AccountSummary> found = actors.find(query.actor());
            if (found.isEmpty()) {
                model.addAttribute("noSuchAccount", true);
                return VIEW;
            }
            actorId = found.get().id();
        }
        AuditFilter filter = new AuditFilter(actorId, query.action(), range.get().fromInstant(), range.get().toInstant());
        List<AuditEntry> entries = trail.page(filter, beforeId == 0 ? null : beforeId, PAGE + 1);
        List<AuditEntry> shown = entries.subList(0, Math.min(PAGE, entries.size()));
        Map<Long, String> names = directory.displayNames(shown.stream().map(AuditEntry::actorId)
                .filter(id -> id != null).toList());
        model.addAttribute("rows", shown.stream()
                .map(entry -> new Row(entry, Times.format(entry.at()), entry.actorId() == null ? null : names.get(entry.actorId())))
                .toList());
        model.addAttribute("nextBefore", entries.size() > PAGE ? shown.get(PAGE - 1).id() : null);
        return VIEW;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
