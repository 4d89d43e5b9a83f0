/**
 * The gate: for a user and a zone, the one next step (agreement, consent, profile, review,
 * questions, passed). Pages, images, the API, comments and search all ask {@link
 * com.hcpress.gate.Gate}; nothing else decides who may read gated content.
 */
package com.hcpress.gate;
