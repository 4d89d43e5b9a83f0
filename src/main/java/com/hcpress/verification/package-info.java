/**
 * HCP verification: the profile a user submits (profession, name, institution, licence number
 * and a licence photo), the staff review that approves or rejects it with a reason, and the
 * history of every attempt. {@link com.hcpress.verification.Verifications} is what the gate and
 * the demo data use; licence photos are checked from their bytes, re-encoded without metadata and
 * shown only to their owner and to reviewers.
 */
package com.hcpress.verification;
