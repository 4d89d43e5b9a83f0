package com.hcpress.search;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ZoneView;
import com.hcpress.gate.Gate;

/**
 * Search under the gate: text and snippets only from zones the reader has passed; from other
 * zones, articles whose title matches, shown with a lock and nothing more. Anonymous readers pass
 * no gate, so they get locked titles only.
 *
 * <p>The gate is asked on every search; what follows from its answers (hits, snippets, counts,
 * suggestion) is the same for every reader with the same zones open and is kept
 * ({@link SearchAnswers}).
 */
@Service
public class Search {

    static final int PAGE_SIZE = 10;
    static final int MAX_PAGES = 50;
    static final int SUGGESTIONS = 6;

    private static final int SUMMARY_SNIPPET = 160;
    private static final int SNIPPET_LENGTH = 180;

    private final SearchIndex index;
    private final ContentCatalog catalog;
    private final Gate gate;
    private final Synonyms synonyms;
    private final DidYouMean didYouMean;

    Search(SearchIndex index, ContentCatalog catalog, Gate gate, Synonyms synonyms, DidYouMean didYouMean) {
        this.index = index;
        this.catalog = catalog;
        this.gate = gate;
        this.synonyms = synonyms;
        this.didYouMean = didYouMean;
    }

    public SearchPage search(AccountPrincipal user, SearchQuery query) {
        Map<Long, ZoneView> zones = zonesById();
        ZoneAccess access = new ZoneAccess(gate, user);
        int page = Math.min(query.page(), MAX_PAGES);
        Long zoneId = zones.values().stream().filter(zone -> zone.slug().equals(query.zone()))
                .map(ZoneView::id).findFirst().orElse(null);
        ZoneAccess.Split split = access.split(zones.values());
        SearchAnswers.Key key = new SearchAnswers.Key(query.text(), zoneId, query.year(), query.type(), page, split);
        SearchAnswers.Answer answer = index.answers().answer(key,
                () -> answer(query.text(), zoneId, query.year(), query.type(), page, split));
        List<SearchHit> hits = answer.hits().stream()
                .map(hit -> hit.shown(zones.get(hit.zoneId()), access.admits(hit.zoneId()))).toList();
        return new SearchPage(new SearchQuery(query.text(), query.zone(), query.year(), query.type(), page), hits,
                answer.total(), answer.totalExact(), answer.pageCount(), answer.years(), answer.typeCounts(),
                answer.typeCountsAtLeast(), answer.didYouMean());
    }

    /** What every reader with these zones open and locked is answered. */
    private SearchAnswers.Answer answer(String text, Long zoneId, Integer year, HitType type, int page,
                                        ZoneAccess.Split split) {
        IndexHits found = index.query(IndexQuery.results(synonyms.delimitTerms(text), split, zoneId, year, type,
                (page - 1) * PAGE_SIZE, PAGE_SIZE));
        int pageCount = (int) Math.min(MAX_PAGES, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        long foundOfAnyType = found.typeCounts().values().stream().mapToLong(Long::longValue).sum();
        String suggestion = didYouMean.suggest(text, split, foundOfAnyType, other -> index.query(
                        IndexQuery.results(synonyms.delimitTerms(other), split, zoneId, year, null, 0, 1)).total())
                .orElse(null);
        List<SearchAnswers.Hit> hits = found.hits().stream()
                .map(hit -> finished(hit, split.open().contains(hit.zoneId()))).toList();
        return new SearchAnswers.Answer(hits, found.total(), found.totalExact(), pageCount, index.years(),
                found.typeCounts(), found.typeCountsAtLeast(), suggestion);
    }

    /** The first few hits for text still being typed: its last word may be the start of one. */
    public List<SearchHit> suggest(AccountPrincipal user, String text) {
        if (!SearchQuery.isValid(text)) {
            return List.of();
        }
        Map<Long, ZoneView> zones = zonesById();
        ZoneAccess access = new ZoneAccess(gate, user);
        IndexQuery query = IndexQuery.suggestions(text.strip(), access.split(zones.values()), SUGGESTIONS);
        return index.query(query).hits().stream().map(hit -> {
            boolean open = access.admits(hit.zoneId());
            return finished(hit, open).shown(zones.get(hit.zoneId()), open);
        }).toList();
    }

    private static SearchAnswers.Hit finished(IndexHit hit, boolean open) {
        Snippet title = hit.markedTitle() == null ? Snippet.plain(hit.title()) : Snippet.marked(hit.markedTitle());
        if (!open) {
            return new SearchAnswers.Hit(hit.type(), title, hit.url(), null, null, hit.zoneId(), hit.year(), false);
        }
        return new SearchAnswers.Hit(hit.type(), title, hit.url(), snippet(hit), hit.context(), hit.zoneId(),
                hit.year(), true);
    }

    /** Prose only: an article's or reference's text, a study's population and results, never its list of fields. */
    private static Snippet snippet(IndexHit hit) {
        if (hit.type() == HitType.STUDY) {
            if (hit.markedSummary() != null) {
                return Snippet.marked(hit.markedSummary()).around(SNIPPET_LENGTH);
            }
            return hit.summary() == null ? null : Snippet.plain(HtmlText.shortened(hit.summary(), SUMMARY_SNIPPET));
        }
        return hit.markedBody() == null ? null : Snippet.marked(hit.markedBody()).around(SNIPPET_LENGTH);
    }

    /** Listed zones only: a zone whose consent is not yet published is found by nobody. */
    private Map<Long, ZoneView> zonesById() {
        return catalog.listedZones().stream().collect(Collectors.toMap(ZoneView::id, Function.identity()));
    }
}
