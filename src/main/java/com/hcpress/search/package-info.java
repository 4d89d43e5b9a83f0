/**
 * Full-text search over what HCPress publishes, in Chinese and English, under the gate. It keeps
 * an index derived from PostgreSQL (embedded Lucene by default, OpenSearch for clusters), kept
 * current through an outbox written in the same transaction as each content change, repaired and
 * rebuilt from the database at start when needed. Readers get hits with snippets only from zones
 * whose gate they passed; elsewhere only an article's title, matched on the title alone, with a
 * lock. Queries are analysed with a medical synonym dictionary (shipped, plus editors' groups that
 * reload without reindexing), and a query that finds little is answered with "did you mean" from
 * the dictionary and titles the reader may see. New kinds of content join by adding a {@code SearchSource}
 * here and feeding its change events to the outbox, as {@code ArticleSource} does for articles.
 */
package com.hcpress.search;
