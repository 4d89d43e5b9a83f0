package com.hcpress.search;

import java.util.List;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Two analyzers. Text is indexed with one for Chinese and English alike: smartcn segments Chinese
 * words with its dictionary and HMM, lowercases Latin words and stems them with Porter's English
 * stemmer. Queries are analysed the same way with the medical synonyms added as a token graph
 * ({@link QueryAnalysis}), so synonyms change without reindexing. The OpenSearch cluster needs its
 * {@code analysis-smartcn} plugin for the same chain.
 */
final class SearchAnalysis {

    static final String SYNONYM_FILTER = "hcpress_synonyms";
    static final String STOP_FILTER = "hcpress_stop";

    private SearchAnalysis() {
    }

    static final class Lucene implements LuceneAnalysisConfigurer {
        private final SynonymAnalyzer queryAnalyzer;

        Lucene(SynonymAnalyzer queryAnalyzer) {
            this.queryAnalyzer = queryAnalyzer;
        }

        @Override
        public void configure(LuceneAnalysisConfigurationContext context) {
            context.analyzer(IndexedEntry.ANALYZER).instance(new SmartChineseAnalyzer());
            context.analyzer(IndexedEntry.QUERY_ANALYZER).instance(queryAnalyzer);
        }
    }

    static final class OpenSearch implements ElasticsearchAnalysisConfigurer {
        private final List<SynonymGroup> synonyms;

        OpenSearch(List<SynonymGroup> synonyms) {
            this.synonyms = List.copyOf(synonyms);
        }

        @Override
        public void configure(ElasticsearchAnalysisConfigurationContext context) {
            context.analyzer(IndexedEntry.ANALYZER).type("smartcn");
            context.analyzer(IndexedEntry.QUERY_ANALYZER).custom()
                    .tokenizer("smartcn_tokenizer")
                    .tokenFilters("porter_stem", SYNONYM_FILTER, STOP_FILTER);
            context.tokenFilter(SYNONYM_FILTER).type("synonym_graph")
                    .param("synonyms", rules(synonyms))
                    .param("lenient", true);
            context.tokenFilter(STOP_FILTER).type("stop").param("stopwords", stopWords());
        }
    }

    static String[] rules(List<SynonymGroup> groups) {
        return groups.stream().map(SynonymGroup::solrRule).toArray(String[]::new);
    }

    static String[] stopWords() {
        return QueryAnalysis.stopWords().stream().map(word -> new String((char[]) word)).sorted().toArray(String[]::new);
    }
}
