package com.hcpress.citation;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how the reference lookup asks. Off by default: HCPress reaches no outside service
 * unless an operator says so. {@code mailto} is sent to Crossref as its "polite pool" asks.
 */
@ConfigurationProperties("hcpress.references.lookup")
public record ReferenceLookupProperties(Boolean enabled, URI crossrefUrl, URI pubmedUrl, Duration connectTimeout,
                                        Duration requestTimeout, Integer cacheSize, Duration cacheFor, String mailto) {

    public ReferenceLookupProperties {
        enabled = enabled != null && enabled;
        crossrefUrl = crossrefUrl == null ? URI.create("https://api.crossref.org") : crossrefUrl;
        pubmedUrl = pubmedUrl == null ? URI.create("https://eutils.ncbi.nlm.nih.gov/entrez/eutils") : pubmedUrl;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(6) : requestTimeout;
        cacheSize = cacheSize == null ? 2_000 : cacheSize;
        cacheFor = cacheFor == null ? Duration.ofDays(7) : cacheFor;
    }
}
