/**
 * The clinical core: plain-Java decision support for liver cancer. It owns the unit-explicit lab
 * values, the Child-Pugh, ALBI and up-to-seven calculators, CNLC and BCLC staging, and the
 * rule table that proposes interventional options (TACE or HAIC, with or without systemic therapy)
 * with their evidence ids, following {@code docs/clinical-rules.md}. It validates patient
 * input field by field and never guesses a missing value; it proposes candidates and flags caveats
 * but does not prescribe. No Spring, persistence or serialisation lives here: other features call
 * {@link com.hcpress.clinical.ClinicalAssessor} and read the returned
 * {@link com.hcpress.clinical.ClinicalAssessment}.
 */
package com.hcpress.clinical;
