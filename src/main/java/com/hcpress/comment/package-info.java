/**
 * Comments on articles: readers who passed the article's zone gate post, reply (one level), edit
 * for a short while, delete their own, like and report; editors moderate and pin. It owns the
 * per-article count of visible comments, kept in the same transaction as every change, so the
 * count is read, never computed. Bodies are plain text, stored as typed and escaped when shown.
 */
package com.hcpress.comment;
