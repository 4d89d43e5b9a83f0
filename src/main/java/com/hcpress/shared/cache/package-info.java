/**
 * Caches and what keeps them honest: every cache is Caffeine, bounded, with its statistics in the
 * metrics ({@link com.hcpress.shared.cache.CacheRegistry}); a change that makes copies stale is
 * announced to every instance over PostgreSQL {@code NOTIFY} ({@link com.hcpress.shared.cache.CacheChanges}).
 * docs/architecture.md lists every cache, its key, its bound and how stale it may be.
 */
package com.hcpress.shared.cache;
