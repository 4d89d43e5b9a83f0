package com.hcpress.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How query text is analysed: as the index analyzer (smartcn's segmenter, Porter's stemmer, its
 * punctuation stop set) with the synonym graph between stemming and the stop filter. Synonyms are
 * parsed with the chain ahead of that filter, so "仑伐替尼" in the dictionary is segmented and
 * "tumours" stemmed exactly as a query is. OpenSearch builds the same chain by name.
 */
final class QueryAnalysis {

    private QueryAnalysis() {
    }

    static CharArraySet stopWords() {
        return SmartChineseAnalyzer.getDefaultStopSet();
    }

    /** The chain ahead of the synonym filter. */
    static Analyzer synonymParsing() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new HMMChineseTokenizer();
                return new TokenStreamComponents(tokenizer, new PorterStemFilter(tokenizer));
            }
        };
    }

    static SynonymMap synonymMap(List<SynonymGroup> groups) {
        try (Analyzer parsing = synonymParsing()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, parsing);
            StringBuilder rules = new StringBuilder();
            groups.forEach(group -> rules.append(group.solrRule()).append('\n'));
            parser.parse(new StringReader(rules.toString()));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("Synonyms could not be read: " + e.getMessage(), e);
        }
    }

    /** The tokens a term is searched as, without punctuation: empty when it has no searchable word. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        CharArraySet stop = stopWords();
        try (Analyzer parsing = synonymParsing(); TokenStream stream = parsing.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!stop.contains(term.buffer(), 0, term.length())) {
                    tokens.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    static TokenStream chain(Tokenizer tokenizer, SynonymMap synonyms) {
        TokenStream stream = new PorterStemFilter(tokenizer);
        if (synonyms.fst != null) {
            stream = new org.apache.lucene.analysis.synonym.SynonymGraphFilter(stream, synonyms, true);
        }
        return new org.apache.lucene.analysis.StopFilter(stream, stopWords());
    }
}
