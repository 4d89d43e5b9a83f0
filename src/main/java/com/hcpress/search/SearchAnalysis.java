package com.hcpress.search;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * One analyzer for all text, Chinese and English alike: smartcn segments Chinese words with its
 * dictionary and HMM, lowercases Latin words and stems them with Porter's English stemmer. The
 * OpenSearch cluster needs its {@code analysis-smartcn} plugin for the same analyzer.
 */
final class SearchAnalysis {

    private SearchAnalysis() {
    }

    static final class Lucene implements LuceneAnalysisConfigurer {
        @Override
        public void configure(LuceneAnalysisConfigurationContext context) {
            context.analyzer(IndexedEntry.ANALYZER).instance(new SmartChineseAnalyzer());
        }
    }

    static final class OpenSearch implements ElasticsearchAnalysisConfigurer {
        @Override
        public void configure(ElasticsearchAnalysisConfigurationContext context) {
            context.analyzer(IndexedEntry.ANALYZER).type("smartcn");
        }
    }
}
