package com.hcpress.search.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.search.HitType;
import com.hcpress.search.Search;
import com.hcpress.search.SearchHit;
import com.hcpress.search.SearchPage;
import com.hcpress.search.SearchQuery;

/**
 * Search for API clients, under the same gate as the page. A q of 1 to 200 characters is required;
 * anything else is a 400 problem detail, as is a {@code type} other than article, study or reference. {@code snippet} is escaped HTML with matches in mark,
 * absent on locked hits.
 */
@RestController
class SearchApiController {

    private final Search search;

    SearchApiController(Search search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search")
    Results search(@RequestParam @NotBlank @Size(max = SearchQuery.MAX_LENGTH) String q,
                   @RequestParam(required = false) String zone, @RequestParam(required = false) Integer year,
                   @RequestParam(required = false) @Pattern(regexp = "article|study|reference") String type,
                   @RequestParam(defaultValue = "1") @Min(1) @Max(1000) int page,
                   @AuthenticationPrincipal AccountPrincipal user) {
        HitType hitType = type == null ? null : HitType.valueOf(type.toUpperCase(Locale.ROOT));
        SearchPage results = search.search(user, new SearchQuery(q, zone, year, hitType, page));
        List<SearchPage.TypeCount> counts = results.types();
        Map<String, Long> types = new LinkedHashMap<>();
        counts.forEach(count -> types.put(count.type().name().toLowerCase(Locale.ROOT), count.count()));
        List<String> typesAtLeast = counts.stream().filter(SearchPage.TypeCount::atLeast)
                .map(count -> count.type().name().toLowerCase(Locale.ROOT)).toList();
        return new Results(results.hits().stream().map(Hit::of).toList(), results.total(), results.totalExact(),
                results.page(), results.pageCount(), types, typesAtLeast.isEmpty() ? null : typesAtLeast,
                results.didYouMean());
    }

    /**
     * {@code total} is a lower bound when not {@code totalExact}; {@code types} counts the hits of each
     * type, whatever {@code type} kept, up to 1,000: {@code typesAtLeast} names those whose count is a
     * lower bound (absent when none is); {@code didYouMean} is a query that may find more, when there is one.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Results(List<Hit> hits, long total, boolean totalExact, int page, int pageCount, Map<String, Long> types,
                   List<String> typesAtLeast, String didYouMean) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Hit(String type, String title, String url, String snippet, String context, String zone, Integer year,
               boolean locked) {

        static Hit of(SearchHit hit) {
            return new Hit(hit.type().name().toLowerCase(Locale.ROOT), hit.title().text(), hit.url(),
                    SnippetHtml.of(hit.snippet()), hit.context(), hit.zone() == null ? null : hit.zone().slug(),
                    hit.year(), hit.locked());
        }
    }
}
