package com.hcpress.search;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The Lucene backend's query analyzer, whose synonyms can be replaced while it runs: token streams
 * are reused per thread only while they were built on the current synonyms, so a reload reaches
 * the next query without reopening the index (the index analyzer never sees synonyms).
 */
final class SynonymAnalyzer extends Analyzer {

    private volatile Loaded loaded;

    SynonymAnalyzer(List<SynonymGroup> groups) {
        super(new CurrentSynonymsOnly());
        this.loaded = new Loaded(QueryAnalysis.synonymMap(groups), 0);
    }

    void replace(List<SynonymGroup> groups) {
        SynonymMap map = QueryAnalysis.synonymMap(groups);
        loaded = new Loaded(map, loaded.generation() + 1);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Loaded current = loaded;
        CREATED_WITH.set(current.generation());
        Tokenizer tokenizer = new HMMChineseTokenizer();
        return new TokenStreamComponents(tokenizer, QueryAnalysis.chain(tokenizer, current.map()));
    }

    /** The generation the components this thread just created were built on (created, then stored, on one thread). */
    private static final ThreadLocal<Long> CREATED_WITH = new ThreadLocal<>();

    private record Loaded(SynonymMap map, long generation) {
    }

    private record Reusable(TokenStreamComponents components, long generation) {
    }

    private static final class CurrentSynonymsOnly extends ReuseStrategy {
        @Override
        public TokenStreamComponents getReusableComponents(Analyzer analyzer, String fieldName) {
            Object stored = getStoredValue(analyzer);
            if (stored instanceof Reusable reusable
                    && reusable.generation() == ((SynonymAnalyzer) analyzer).loaded.generation()) {
                return reusable.components();
            }
            return null;
        }

        @Override
        public void setReusableComponents(Analyzer analyzer, String fieldName, TokenStreamComponents components) {
            Long generation = CREATED_WITH.get();
            setStoredValue(analyzer, new Reusable(components, generation == null ? -1 : generation));
        }
    }
}
