/**
 * The corpus of the traffic benchmark ({@code bench/mix.sh}): zones, published articles of 5 to
 * 150 KB with references and comments, and readers who passed every zone's gate, written through
 * the application's own services into the database the benchmarked server then starts on.
 */
package com.hcpress.bench;
