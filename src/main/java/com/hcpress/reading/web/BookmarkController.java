package com.hcpress.reading.web;

import java.util.List;
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
import org.springframework.web.util.UriComponentsBuilder;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ListCursor;
import com.hcpress.content.ListPage;
import com.hcpress.reading.BookmarkSort;
import com.hcpress.reading.BookmarkTags;
import com.hcpress.reading.Bookmarks;
import com.hcpress.reading.ReaderItem;
import com.hcpress.shared.web.BadRequestException;
import com.hcpress.shared.web.NotFoundException;

/**
 * {@code /me/bookmarks}: the reader's bookmarks, newest saved or by title, filtered by one tag,
 * {@link ListCursor#PAGE} at a time (查看更多 adds the next with htmx, or opens them as a page).
 */
@Controller
class BookmarkController {

    static final String VIEW = "reading/bookmarks";

    private final Bookmarks bookmarks;
    private final ItemVisibility visibility;

    BookmarkController(Bookmarks bookmarks, ItemVisibility visibility) {
        this.bookmarks = bookmarks;
        this.visibility = visibility;
    }

    @GetMapping("/me/bookmarks")
    String list(@RequestParam(required = false) String sort, @RequestParam(required = false) String tag,
                @RequestParam(required = false) String after, @AuthenticationPrincipal AccountPrincipal reader,
                Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        BookmarkSort order = BookmarkSort.fromParam(sort)
                .orElseThrow(() -> new BadRequestException("Not a sort: " + sort));
        String filter = tag == null || tag.isBlank() ? null : tag;
        if (filter != null && !BookmarkTags.isTag(filter)) {
            throw new BadRequestException("Not a tag");
        }
        Optional<ListCursor> cursor = ListCursor.parse(after);
        if (cursor == null || (cursor.isPresent() && !Bookmarks.fits(cursor.get(), order))) {
            throw new BadRequestException("Not a place in the list: " + after);
        }
        fill(model, reader, locale, order, filter, cursor);
        return cursor.isPresent() && request.getHeader("HX-Request") != null ? VIEW + " :: items" : VIEW;
    }

    @PostMapping("/me/bookmarks/{id}/tags")
    String tag(@PathVariable long id, @RequestParam(required = false) String tags,
               @RequestParam(required = false) String sort, @RequestParam(required = false) String tag,
               @AuthenticationPrincipal AccountPrincipal reader, Locale locale, Model model,
               HttpServletResponse response) {
        Optional<List<String>> parsed = BookmarkTags.parse(tags);
        BookmarkSort order = BookmarkSort.fromParam(sort).orElse(BookmarkSort.NEWEST);
        String filter = tag == null || !BookmarkTags.isTag(tag) ? null : tag;
        if (parsed.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            model.addAttribute("error", "bookmarks.tags.invalid");
            model.addAttribute("errorId", id);
            fill(model, reader, locale, order, filter, Optional.empty());
            return VIEW;
        }
        if (!bookmarks.tag(reader.id(), id, parsed.get())) {
            throw NotFoundException.of("Bookmark", id);
        }
        return "redirect:" + listUrl(order, filter) + "#bookmark-" + id;
    }

    @PostMapping("/me/bookmarks/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) String sort,
                  @RequestParam(required = false) String tag, @AuthenticationPrincipal AccountPrincipal reader) {
        if (!bookmarks.remove(reader.id(), id)) {
            throw NotFoundException.of("Bookmark", id);
        }
        return "redirect:" + listUrl(BookmarkSort.fromParam(sort).orElse(BookmarkSort.NEWEST),
                tag == null || !BookmarkTags.isTag(tag) ? null : tag);
    }

    private void fill(Model model, AccountPrincipal reader, Locale locale, BookmarkSort order, String filter,
                      Optional<ListCursor> cursor) {
        ListPage<ReaderItem> page = bookmarks.page(reader.id(), order, filter, cursor);
        model.addAttribute("items", visibility.shown(page.rows(), reader, locale));
        model.addAttribute("next", page.hasMore()
                ? UriComponentsBuilder.fromUriString(listUrl(order, filter)).queryParam("after", page.next().toString())
                        .build().encode().toUriString()
                : null);
        model.addAttribute("sort", order.param());
        model.addAttribute("sorts", BookmarkSort.values());
        model.addAttribute("tag", filter);
        model.addAttribute("tagsInUse", bookmarks.tagsInUse(reader.id()));
    }

    static String listUrl(BookmarkSort order, String tag) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/me/bookmarks");
        if (order != BookmarkSort.NEWEST) {
            url.queryParam("sort", order.param());
        }
        if (tag != null) {
            url.queryParam("tag", tag);
        }
        return url.build().encode().toUriString();
    }
}
