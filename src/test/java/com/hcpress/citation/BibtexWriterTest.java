package com.hcpress.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;

import com.hcpress.content.ReferenceData;

class BibtexWriterTest {

    private static final List<ReferenceData> REVIEW = DemoReferences.review();

    @Test
    void aParserReadsBackNineteenArticlesWithUniqueKeys() throws Exception {
        BibTeXDatabase parsed = parse(BibtexWriter.write("tace-haic-2025-review", REVIEW));

        Map<Key, BibTeXEntry> entries = parsed.getEntries();
        assertThat(entries).hasSize(19);
        BibTeXEntry lancet = entries.get(new Key("tace-haic-2025-review-6"));
        assertThat(lancet.getType()).isEqualTo(BibTeXEntry.TYPE_ARTICLE);
        assertThat(field(lancet, "doi")).isEqualTo("10.1016/S0140-6736(24)02575-3");
        assertThat(field(lancet, "pmid")).isEqualTo("39798578");
        assertThat(field(lancet, "pages")).isEqualTo("203--215");
        assertThat(field(lancet, "author")).isEqualTo("Kudo, M. and Ren, Z. and Guo, Y. and others");
        assertThat(field(lancet, "title")).contains("{LEAP-012}");
    }

    @Test
    void keepsChineseAndAccentsAsUtf8AndAnInstitutionWhole() throws Exception {
        BibTeXDatabase parsed = parse(BibtexWriter.write("review", REVIEW));

        BibTeXEntry guideline = parsed.getEntries().get(new Key("review-8"));
        assertThat(field(guideline, "author")).isEqualTo("{国家卫生健康委员会}");
        assertThat(field(guideline, "title")).isEqualTo("原发性肝癌诊疗指南(2024年版)");
        assertThat(field(guideline, "journal")).isEqualTo("肿瘤综合治疗电子杂志");
        assertThat(field(parsed.getEntries().get(new Key("review-9")), "author"))
                .startsWith("Fuster-Anglada, C. and Mauro, E. and Ferrer-Fàbrega, J.");
        assertThat(field(parsed.getEntries().get(new Key("review-10")), "author")).startsWith("Li, Q. J. and");
    }

    @Test
    void escapesLatexSpecialCharactersAndKeepsBracesBalanced() throws Exception {
        ReferenceData tricky = new ReferenceData(1, List.of("O'Neil J", "Smith_Jones A"), false,
                "50% of {cases} & costs: $5, #1, a_b, x^2, ~3, C:\\path \"quoted\"", "J R&D", 2020, "1", "2",
                "10-12", "10.1000/a_b%c", null, "printed");

        String bib = BibtexWriter.write("odd key/with spaces", List.of(tricky));
        BibTeXEntry entry = parse(bib).getEntries().values().iterator().next();

        assertThat(entry.getKey().getValue()).isEqualTo("odd-key-with-spaces-1");
        assertThat(field(entry, "title")).isEqualTo("50\\% of \\textbraceleft{}cases\\textbraceright{} \\& costs: \\$5, "
                + "\\#1, a\\_b, x\\^{}2, \\~{}3, C:\\textbackslash{}path {\"}quoted{\"}");
        assertThat(field(entry, "journal")).isEqualTo("J R\\&D");
        assertThat(field(entry, "doi")).isEqualTo("10.1000/a\\_b\\%c");
        assertThat(field(entry, "author")).isEqualTo("O'Neil, J. and Smith\\_Jones, A.");
    }

    private static BibTeXDatabase parse(String bib) throws Exception {
        BibTeXParser parser = new BibTeXParser();
        BibTeXDatabase database = parser.parse(new StringReader(bib));
        assertThat(parser.getExceptions()).isEmpty();
        return database;
    }

    private static String field(BibTeXEntry entry, String name) {
        return entry.getField(new Key(name)).toUserString();
    }
}
