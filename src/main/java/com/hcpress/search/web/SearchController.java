package com.hcpress.search.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ContentCatalog;
import com.hcpress.search.HitType;
import com.hcpress.search.Search;
import com.hcpress.search.SearchQuery;

/** The results page and the suggestions the header box shows while a reader types. */
@Controller
class SearchController {

    static final String VIEW = "search/results";
    static final String SUGGESTIONS = "search/fragments :: suggestions";

    private final Search search;
    private final ContentCatalog catalog;

    SearchController(Search search, ContentCatalog catalog) {
        this.search = search;
        this.catalog = catalog;
    }

    @GetMapping("/search")
    String results(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String zone,
                   @RequestParam(required = false) Integer year, @RequestParam(required = false) String type,
                   @RequestParam(defaultValue = "1") int page,
                   @AuthenticationPrincipal AccountPrincipal user, Model model, HttpServletResponse response) {
        HitType hitType = hitType(type);
        model.addAttribute("q", q);
        model.addAttribute("zone", zone);
        model.addAttribute("year", year);
        model.addAttribute("type", hitType == null ? null : hitType.name().toLowerCase(Locale.ROOT));
        model.addAttribute("zones", catalog.listedZones());
        if (q.length() > SearchQuery.MAX_LENGTH) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("tooLong", true);
        } else if (SearchQuery.isValid(q)) {
            model.addAttribute("results", search.search(user, new SearchQuery(q, zone, year, hitType, page)));
        }
        return VIEW;
    }

    /** An unknown type is ignored, as an unknown zone is: the page shows every type. */
    private static HitType hitType(String type) {
        for (HitType candidate : HitType.values()) {
            if (candidate.name().equalsIgnoreCase(type)) {
                return candidate;
            }
        }
        return null;
    }

    @GetMapping("/search/suggestions")
    String suggestions(@RequestParam(defaultValue = "") String q, @AuthenticationPrincipal AccountPrincipal user,
                       Model model) {
        model.addAttribute("q", q);
        model.addAttribute("suggestions", search.suggest(user, q));
        return SUGGESTIONS;
    }
}
