package com.hcpress.reading.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
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
import com.hcpress.content.ListCursor;
import com.hcpress.content.ListPage;
import com.hcpress.reading.ReaderItem;
import com.hcpress.reading.ReadingHistory;
import com.hcpress.shared.web.BadRequestException;
import com.hcpress.shared.web.NotFoundException;

/** {@code /me/history}: what the reader opened, latest first, with clear, pause and resume. */
@Controller
class HistoryController {

    static final String VIEW = "reading/history";

    private final ReadingHistory history;
    private final ItemVisibility visibility;

    HistoryController(ReadingHistory history, ItemVisibility visibility) {
        this.history = history;
        this.visibility = visibility;
    }

    @GetMapping("/me/history")
    String list(@RequestParam(required = false) String after,
                @AuthenticationPrincipal AccountPrincipal reader, Locale locale, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        Optional<ListCursor> cursor = ListCursor.parse(after);
        if (cursor == null || (cursor.isPresent() && !cursor.get().isInstant())) {
            throw new BadRequestException("Not a place in the list: " + after);
        }
        ListPage<ReaderItem> page = history.page(reader.id(), cursor);
        model.addAttribute("items", visibility.shown(page.rows(), reader, locale));
        model.addAttribute("next", page.hasMore() ? "/me/history?after=" + page.next() : null);
        model.addAttribute("paused", history.isPaused(reader.id()));
        model.addAttribute("kept", ReadingHistory.KEPT);
        return cursor.isPresent() && request.getHeader("HX-Request") != null ? VIEW + " :: items" : VIEW;
    }

    @PostMapping("/me/history/clear")
    String clear(@AuthenticationPrincipal AccountPrincipal reader) {
        history.clear(reader.id());
        return "redirect:/me/history?cleared";
    }

    @PostMapping("/me/history/pause")
    String pause(@AuthenticationPrincipal AccountPrincipal reader) {
        history.pause(reader.id());
        return "redirect:/me/history";
    }

    @PostMapping("/me/history/resume")
    String resume(@AuthenticationPrincipal AccountPrincipal reader) {
        history.resume(reader.id());
        return "redirect:/me/history";
    }

    @PostMapping("/me/history/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal reader) {
        if (!history.remove(reader.id(), id)) {
            throw NotFoundException.of("History item", id);
        }
        return "redirect:/me/history";
    }
}
