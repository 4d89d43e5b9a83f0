/**
 * The evidence behind articles: the trials and cohorts an article cites, as structured data
 * (design, arms, outcomes with hazard ratios and the source of every figure), the notes where a
 * figure could not be confirmed or the article and the primary publication disagree, and the
 * article references that cite each study. Other features read it through
 * {@link com.hcpress.evidence.EvidenceCatalog}: studies, and per article an evidence table and a
 * {@link com.hcpress.evidence.ForestPlot} of the hazard ratios.
 */
package com.hcpress.evidence;
