/**
 * Pages rendered once and shared between readers: rendered from a request that carries no
 * reader's parameters and marks instead of the CSRF token and form keys, kept as bytes, and
 * served with each response's own values in the holes.
 */
package com.hcpress.shared.rendering;
