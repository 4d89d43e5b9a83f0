package com.hcpress.citation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import com.hcpress.content.ReferenceData;
import com.hcpress.shared.cache.CacheRegistry;

/**
 * Fills a reference from its DOI (Crossref) or, without one, its PMID (PubMed). Answers found and
 * "no such work" are cached by the normalised identifier for {@code cache-for} (a work's metadata
 * rarely changes; a correction shows after that long at worst); a service that fails or is slow is
 * not cached, so the next click asks again.
 */
@Service("referenceLookup")
public class ReferenceLookup {

    private static final Logger log = LoggerFactory.getLogger(ReferenceLookup.class);
    private static final Pattern DOI = Pattern.compile("^10\\.\\d{4,9}/\\S{1,190}$");
    private static final Pattern PMID = Pattern.compile("^[0-9]{1,9}$");

    private final ReferenceLookupProperties properties;
    private final CrossrefWorks crossref;
    private final PubmedSummaries pubmed;
    private final Cache<String, Optional<ReferenceData>> cache;

    @Autowired
    ReferenceLookup(ReferenceLookupProperties properties, CacheRegistry caches) {
        this(properties, caches.register("reference-lookup", cache(properties)));
    }

    ReferenceLookup(ReferenceLookupProperties properties, Cache<String, Optional<ReferenceData>> cache) {
        this.properties = properties;
        JsonGetter getter = new JsonGetter(properties);
        this.crossref = new CrossrefWorks(getter, properties);
        this.pubmed = new PubmedSummaries(getter, properties);
        this.cache = cache;
    }

    static Cache<String, Optional<ReferenceData>> cache(ReferenceLookupProperties properties) {
        return Caffeine.newBuilder().maximumSize(properties.cacheSize()).expireAfterWrite(properties.cacheFor())
                .recordStats().build();
    }

    public boolean enabled() {
        return properties.enabled();
    }

    /** The work a DOI or PMID names; the DOI is asked first, as Crossref knows every kind of document. */
    public LookupOutcome lookup(String doi, String pmid) {
        String normalDoi = normaliseDoi(doi);
        String normalPmid = pmid == null ? null : pmid.strip().replaceFirst("(?i)^PMID\\s*:?\\s*", "");
        boolean hasDoi = normalDoi != null && DOI.matcher(normalDoi).matches();
        boolean hasPmid = normalPmid != null && PMID.matcher(normalPmid).matches();
        String identifier = hasDoi ? "DOI " + normalDoi : hasPmid ? "PMID " + normalPmid : null;
        if (!properties.enabled()) {
            return LookupOutcome.of(LookupOutcome.Status.SWITCHED_OFF, identifier);
        }
        if (identifier == null) {
            return LookupOutcome.of(LookupOutcome.Status.NO_IDENTIFIER, null);
        }
        String key = hasDoi ? "doi:" + normalDoi : "pmid:" + normalPmid;
        Optional<ReferenceData> found = cache.getIfPresent(key);
        if (found == null) {
            try {
                found = hasDoi ? crossref.work(normalDoi) : pubmed.summary(normalPmid);
            } catch (LookupUnavailableException e) {
                log.info("Reference lookup of {} failed: {}", identifier, e.getMessage());
                return LookupOutcome.of(LookupOutcome.Status.UNAVAILABLE, identifier);
            }
            cache.put(key, found);
        }
        return found.map(data -> LookupOutcome.found(identifier, data))
                .orElseGet(() -> LookupOutcome.of(LookupOutcome.Status.NOT_FOUND, identifier));
    }

    /** How many answers are kept now (bounded by {@code cache-size}). */
    long cachedAnswers() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** "https://doi.org/10.1056/NEJMoa1809697" or "doi: 10.1056/nejmoa1809697" → "10.1056/nejmoa1809697". */
    static String normaliseDoi(String doi) {
        if (doi == null || doi.isBlank()) {
            return null;
        }
        return doi.strip().replaceFirst("(?i)^(?:doi\\s*[:：]?\\s*|https?://(?:dx\\.)?doi\\.org/)", "")
                .toLowerCase(Locale.ROOT);
    }

    /**
     * The editor's row completed by what was found: fields the editor filled stay as typed, empty
     * ones are filled. The kind found replaces the default one while the row has no title yet.
     */
    public static ReferenceData completed(ReferenceData typed, ReferenceData found) {
        boolean untitled = typed.title() == null || typed.title().isBlank();
        return new ReferenceData(typed.number(), typed.authors().isEmpty() ? found.authors() : typed.authors(),
                typed.authors().isEmpty() ? found.etAl() : typed.etAl(), or(typed.title(), found.title()),
                or(typed.journal(), found.journal()), typed.year() != null ? typed.year() : found.year(),
                or(typed.volume(), found.volume()), or(typed.issue(), found.issue()), or(typed.pages(), found.pages()),
                or(typed.doi(), found.doi()), or(typed.pmid(), found.pmid()), typed.citation(),
                untitled ? found.type() : typed.type(), typed.online(), or(typed.publisher(), found.publisher()),
                or(typed.place(), found.place()), or(typed.url(), found.url()), typed.issuedOn(), typed.accessedOn(),
                typed.docNumber());
    }

    private static String or(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
