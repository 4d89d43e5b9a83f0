package com.hcpress.notification.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.notification.ChannelChoice;
import com.hcpress.notification.NotificationCategory;
import com.hcpress.notification.NotificationInbox;
import com.hcpress.notification.NotificationPreferences;
import com.hcpress.notification.NotificationView;
import com.hcpress.shared.web.NotFoundException;

/**
 * The notification centre: the list at {@code /notifications}, 20 a page, marking read, and the bell's
 * unread count, which pages load after they are shown so that no shared page carries anyone's count.
 */
@Controller
class NotificationController {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final NotificationInbox inbox;
    private final NotificationPreferences preferences;

    NotificationController(NotificationInbox inbox, NotificationPreferences preferences) {
        this.inbox = inbox;
        this.preferences = preferences;
    }

    record Item(NotificationView notification, String time) {
    }

    @GetMapping("/notifications")
    String list(@RequestParam(required = false) String before, @AuthenticationPrincipal AccountPrincipal user,
                Locale locale, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        Long beforeId = null;
        if (before != null && !before.isBlank()) {
            if (!before.strip().matches("\\d{1,18}")) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("badCursor", true);
            } else {
                beforeId = Long.parseLong(before.strip());
            }
        }
        List<NotificationView> found = inbox.page(user.id(), beforeId, NotificationInbox.PAGE + 1, locale);
        List<NotificationView> shown = found.subList(0, Math.min(NotificationInbox.PAGE, found.size()));
        model.addAttribute("items", shown.stream().map(n -> new Item(n, TIME.format(n.createdAt()))).toList());
        model.addAttribute("nextBefore", found.size() > NotificationInbox.PAGE
                ? shown.get(NotificationInbox.PAGE - 1).id() : null);
        model.addAttribute("unread", inbox.unread(user.id()));
        return "notification/list";
    }

    /**
     * The bell with its count; empty for someone not signed in. Private and asked for again on every
     * page, but not {@code no-store}, which would keep the page out of the back-forward cache
     * ({@code PageCacheControl}).
     */
    @GetMapping("/notifications/bell")
    String bell(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        model.addAttribute("unread", user == null ? 0L : inbox.unread(user.id()));
        model.addAttribute("signedIn", user != null);
        return "notification/fragments :: bell";
    }

    /** Marks it read and follows its link (a form, so it works without script). */
    @PostMapping("/notifications/{id}/open")
    String open(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user) {
        if (!inbox.markRead(user.id(), id)) {
            throw NotFoundException.of("Notification", id);
        }
        return "redirect:" + inbox.link(user.id(), id).orElse("/notifications");
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user) {
        if (!inbox.markRead(user.id(), id)) {
            throw NotFoundException.of("Notification", id);
        }
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll(@AuthenticationPrincipal AccountPrincipal user) {
        inbox.markAllRead(user.id());
        return "redirect:/notifications";
    }

    @GetMapping("/notifications/preferences")
    String preferences(@AuthenticationPrincipal AccountPrincipal user, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        model.addAttribute("choices", preferences.choices(user.id()));
        return "notification/preferences";
    }

    /** Each category's boxes arrive as {@code email} and {@code sms}, lists of category keys. */
    @PostMapping("/notifications/preferences")
    String savePreferences(@RequestParam(required = false) List<String> email,
                           @RequestParam(required = false) List<String> sms,
                           @AuthenticationPrincipal AccountPrincipal user, Locale locale, Model model,
                           HttpServletResponse response) {
        List<String> emailKeys = email == null ? List.of() : email;
        List<String> smsKeys = sms == null ? List.of() : sms;
        boolean known = emailKeys.size() + smsKeys.size() <= 2 * NotificationCategory.values().length
                && emailKeys.stream().allMatch(key -> NotificationCategory.fromKey(key).isPresent())
                && smsKeys.stream().allMatch(key -> NotificationCategory.fromKey(key).isPresent());
        if (!known) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("choices", preferences.choices(user.id()));
            model.addAttribute("error", "notification.preferences.invalid");
            return "notification/preferences";
        }
        List<ChannelChoice> choices = new ArrayList<>();
        for (NotificationCategory category : NotificationCategory.values()) {
            choices.add(new ChannelChoice(category, emailKeys.contains(category.key()), smsKeys.contains(category.key())));
        }
        preferences.save(user.id(), choices, locale);
        return "redirect:/notifications/preferences?saved";
    }
}
