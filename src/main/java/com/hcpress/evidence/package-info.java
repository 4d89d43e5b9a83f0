/**
 * The evidence behind articles: the trials and cohorts an article cites, as structured data
 * (design, arms, outcomes with hazard ratios and the source of every figure), the notes where a
 * figure could not be confirmed or the article and the primary publication disagree, and the
 * article references that cite each study. Notes and endpoint labels are kept in English and in
 * Chinese; sources are read into labelled links ({@link com.hcpress.evidence.SourceLink}) so no
 * raw web address is ever shown. Other features read it through
 * {@link com.hcpress.evidence.EvidenceCatalog}: studies, and per article an evidence table and a
 * {@link com.hcpress.evidence.ForestPlot} of the hazard ratios.
 */
package com.hcpress.evidence;
