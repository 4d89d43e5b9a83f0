package com.hcpress.message.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.hcpress.message.OutboxMessage;
import com.hcpress.message.OutboxView;

/**
 * {@code /admin/outbox}: every message and how far it got, 20 a page (keyset). Where no channel is
 * configured this is where messages end, one-time codes included, so the page is never cached.
 */
@Controller
class OutboxAdminController {

    static final int PAGE = 20;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private final OutboxView outbox;

    OutboxAdminController(OutboxView outbox) {
        this.outbox = outbox;
    }

    record Row(OutboxMessage message, String created, String next, String sent) {
    }

    @GetMapping("/admin/outbox")
    String page(@RequestParam(required = false) String before, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Long beforeId = null;
        if (before != null && !before.isBlank()) {
            if (!before.strip().matches("\\d{1,18}")) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("badCursor", true);
                before = null;
            } else {
                beforeId = Long.parseLong(before.strip());
            }
        }
        List<OutboxMessage> found = outbox.page(beforeId, PAGE + 1);
        List<OutboxMessage> shown = found.subList(0, Math.min(PAGE, found.size()));
        model.addAttribute("rows", shown.stream()
                .map(message -> new Row(message, time(message.createdAt()), time(message.nextAttemptAt()),
                        time(message.sentAt())))
                .toList());
        model.addAttribute("nextBefore", found.size() > PAGE ? shown.get(PAGE - 1).id() : null);
        model.addAttribute("emailConfigured", outbox.emailConfigured());
        model.addAttribute("smsConfigured", outbox.smsConfigured());
        return "admin/outbox";
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
