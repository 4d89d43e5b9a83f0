/**
 * The identity agreement and each zone's informed consent as versioned documents, and the
 * append-only ledger of every agree, reject and withdraw, with the version and hash agreed to.
 * Publishing a new version asks everyone again.
 */
package com.hcpress.consent;
