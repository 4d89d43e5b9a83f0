package com.hcpress.shared.cache;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.stereotype.Component;

/** Puts each cache's size, hits, misses and evictions into the metrics under its name. */
@Component
public class CacheRegistry {

    private final MeterRegistry meters;

    CacheRegistry(MeterRegistry meters) {
        this.meters = meters;
    }

    /** {@code cache}, built with {@code recordStats()}, now counted as {@code name}. */
    public <K, V, C extends Cache<K, V>> C register(String name, C cache) {
        CaffeineCacheMetrics.monitor(meters, cache, name);
        return cache;
    }
}
