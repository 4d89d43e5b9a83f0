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

import com.hcpress.content.LookupOutcome;
import com.hcpress.content.ReferenceData;
import com.hcpress.content.ReferenceLookups;
import com.hcpress.shared.cache.CacheRegistry;

/**
 * Fills a reference from its DOI (Crossref) or, without one, its PMID (PubMed). Answers found and
 * "no such work" are cached by the normalised identifier for {@code cache-for} (a work's metadata
 * rarely changes; a correction shows after that long at worst); a service that fails or is slow is
 * not cached, so the next click asks again.
 */
@Service("referenceLookup")
public class ReferenceLookup implements ReferenceLookups {

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

    @Override
    public boolean enabled() {
        return properties.enabled();
    }

    /** The work a DOI or PMID names; the DOI is asked first, as Crossref knows every kind of document. */
    @Override
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

}
