package com.hcpress.reading.web;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

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
import com.hcpress.follow.ArticleNames;
import com.hcpress.follow.Follows;
import com.hcpress.reading.Bookmarks;
import com.hcpress.reading.ItemKind;
import com.hcpress.shared.web.BadRequestException;
import com.hcpress.shared.web.NotFoundException;

/**
 * Each reader's own controls on an article or study page: bookmark, and on an article follow its
 * zone and its expert. The pages are the same for every reader (an article's is kept as bytes), so
 * these load after them with htmx; their routes lie under the page's own, so the same gate guards
 * them. Without script the forms post and come back to the page.
 */
@Controller
class ReaderActionsController {

    static final String FRAGMENTS = "reading/actions";

    private final Bookmarks bookmarks;
    private final Follows follows;

    ReaderActionsController(Bookmarks bookmarks, Follows follows) {
        this.bookmarks = bookmarks;
        this.follows = follows;
    }

    @GetMapping("/articles/{slug}/reader-actions")
    String articleActions(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal reader, Model model,
                          HttpServletResponse response) {
        return articleFragment(article(slug), reader, model, response);
    }

    @PostMapping("/articles/{slug}/bookmark")
    String bookmarkArticle(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal reader, Model model,
                           HttpServletRequest request, HttpServletResponse response) {
        ArticleNames article = article(slug);
        if (!toggle(reader, ItemKind.ARTICLE, slug)) {
            return refused(request, "bookmark.tooMany", () -> articleFragment(article, reader, model, response), model);
        }
        return htmx(request) ? articleFragment(article, reader, model, response) : "redirect:/articles/" + slug;
    }

    /** {@code target} is {@code zone}, or {@code expert} with a {@code name} the article carries. */
    @PostMapping("/articles/{slug}/follow")
    String follow(@PathVariable String slug, @RequestParam(required = false) String target,
                  @RequestParam(required = false) String name, @AuthenticationPrincipal AccountPrincipal reader,
                  Model model, HttpServletRequest request, HttpServletResponse response) {
        ArticleNames article = article(slug);
        if (reader == null) {
            throw new BadRequestException("Sign in to follow");
        }
        try {
            if ("zone".equals(target)) {
                follows.toggleZone(reader.id(), article.zoneId());
            } else if ("expert".equals(target) && name != null && article.names().contains(name)) {
                follows.toggleExpert(reader.id(), name);
            } else {
                throw new BadRequestException("Not something this article lets you follow");
            }
        } catch (Follows.TooManyFollowsException full) {
            return refused(request, "follow.tooMany", () -> articleFragment(article, reader, model, response), model);
        }
        return htmx(request) ? articleFragment(article, reader, model, response) : "redirect:/articles/" + slug;
    }

    @GetMapping("/studies/{id}/reader-actions")
    String studyActions(@PathVariable String id, @AuthenticationPrincipal AccountPrincipal reader, Model model,
                        HttpServletResponse response) {
        return studyFragment(study(id), reader, model, response);
    }

    @PostMapping("/studies/{id}/bookmark")
    String bookmarkStudy(@PathVariable String id, @AuthenticationPrincipal AccountPrincipal reader, Model model,
                         HttpServletRequest request, HttpServletResponse response) {
        if (!toggle(reader, ItemKind.STUDY, study(id))) {
            return refused(request, "bookmark.tooMany", () -> studyFragment(id, reader, model, response), model);
        }
        return htmx(request) ? studyFragment(id, reader, model, response) : "redirect:/studies/" + id;
    }

    /** False when the reader holds the most bookmarks allowed already. */
    private boolean toggle(AccountPrincipal reader, ItemKind kind, String key) {
        if (reader == null) {
            throw new BadRequestException("Sign in to bookmark");
        }
        try {
            bookmarks.toggle(reader.id(), kind, key);
            return true;
        } catch (Bookmarks.TooManyBookmarksException full) {
            return false;
        }
    }

    /**
     * A refusal the reader should read: htmx swaps only successful answers, so it gets the buttons
     * again with the message (nothing changed); a form post without script gets a 400.
     */
    private static String refused(HttpServletRequest request, String message, Supplier<String> fragment, Model model) {
        if (!htmx(request)) {
            throw new BadRequestException(message);
        }
        model.addAttribute("error", message);
        return fragment.get();
    }

    private String articleFragment(ArticleNames article, AccountPrincipal reader, Model model,
                                   HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        model.addAttribute("slug", article.slug());
        model.addAttribute("signedIn", reader != null);
        if (reader != null) {
            List<String> names = article.names();
            Set<String> followed = follows.followedExperts(reader.id(), names);
            model.addAttribute("bookmarked", bookmarks.isBookmarked(reader.id(), ItemKind.ARTICLE, article.slug()));
            model.addAttribute("followsZone", follows.followsZone(reader.id(), article.zoneId()));
            model.addAttribute("experts", names.stream().map(name -> new Expert(name, followed.contains(name))).toList());
        }
        return FRAGMENTS + " :: article";
    }

    private String studyFragment(String id, AccountPrincipal reader, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        model.addAttribute("studyId", id);
        model.addAttribute("signedIn", reader != null);
        if (reader != null) {
            model.addAttribute("bookmarked", bookmarks.isBookmarked(reader.id(), ItemKind.STUDY, id));
        }
        return FRAGMENTS + " :: study";
    }

    record Expert(String name, boolean followed) {
    }

    private ArticleNames article(String slug) {
        if (!ItemKind.ARTICLE.isKey(slug)) {
            throw NotFoundException.of("Article", slug);
        }
        return follows.article(slug).orElseThrow(() -> NotFoundException.of("Article", slug));
    }

    private String study(String id) {
        if (!ItemKind.STUDY.isKey(id) || !bookmarks.studyExists(id)) {
            throw NotFoundException.of("Study", id);
        }
        return id;
    }

    private static boolean htmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null;
    }
}
