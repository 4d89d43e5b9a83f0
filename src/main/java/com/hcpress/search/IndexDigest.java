package com.hcpress.search;

/**
 * A summary of one kind of unit: how many, the sum of their keys and of their stamps (revisions).
 * Computed from the database and from the index; equal summaries mean the index is current.
 */
record IndexDigest(long count, long keySum, long stampSum) {
}
