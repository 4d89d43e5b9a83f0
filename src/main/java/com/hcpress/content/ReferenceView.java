package com.hcpress.content;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A reference with the ids of the citation markers that point to it, for links back. */
public record ReferenceView(int number, ReferenceData data, List<String> citedAt) {

    public String anchor() {
        return "ref-" + number;
    }

    public String doiUrl() {
        return data.doi() == null ? null
                : "https://doi.org/" + URLEncoder.encode(data.doi(), StandardCharsets.UTF_8).replace("%2F", "/");
    }

    public String pubmedUrl() {
        return data.pmid() == null ? null : "https://pubmed.ncbi.nlm.nih.gov/" + data.pmid() + "/";
    }
}
