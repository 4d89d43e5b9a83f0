package com.hcpress.evidence;

import java.util.List;
import java.util.Objects;

/**
 * The studies an article cites, in the order the article first cites them, and the forest plot of
 * their hazard ratios.
 */
public record ArticleEvidence(String articleSlug, List<Study> studies, ForestPlot forestPlot) {

    public ArticleEvidence {
        Objects.requireNonNull(articleSlug, "articleSlug");
        studies = List.copyOf(studies);
        Objects.requireNonNull(forestPlot, "forestPlot");
    }

    public boolean isEmpty() {
        return studies.isEmpty();
    }
}
