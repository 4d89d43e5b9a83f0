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
        IndexHits found = index.query(IndexQuery.results(synonyms.delimitTerms(query.text()), split, zoneId,
                query.year(), query.type(), (page - 1) * PAGE_SIZE, PAGE_SIZE));
        int pageCount = (int) Math.min(MAX_PAGES, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        long foundOfAnyType = found.typeCounts().values().stream().mapToLong(Long::longValue).sum();
        String suggestion = didYouMean.suggest(query.text(), split, foundOfAnyType, other -> index.query(
                        IndexQuery.results(synonyms.delimitTerms(other), split, zoneId, query.year(), null, 0, 1)).total())
                .orElse(null);
        return new SearchPage(new SearchQuery(query.text(), query.zone(), query.year(), query.type(), page),
                shown(found.hits(), zones, access), found.total(), found.totalExact(), pageCount, index.years(),
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
        return shown(index.query(query).hits(), zones, access);
    }

    private List<SearchHit> shown(List<IndexHit> hits, Map<Long, ZoneView> zones, ZoneAccess access) {
        return hits.stream().map(hit -> shown(hit, zones.get(hit.zoneId()), access.admits(hit.zoneId()))).toList();
    }

    private static SearchHit shown(IndexHit hit, ZoneView zone, boolean open) {
        Snippet title = hit.markedTitle() == null ? Snippet.plain(hit.title()) : Snippet.marked(hit.markedTitle());
        if (!open) {
            return new SearchHit(hit.type(), title, hit.url(), null, null, zone, hit.year(), true);
        }
        Snippet snippet = snippet(hit);
        return new SearchHit(hit.type(), title, hit.url(), snippet, hit.context(), zone, hit.year(), false);
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
