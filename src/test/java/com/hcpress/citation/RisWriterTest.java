package com.hcpress.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;

import com.hcpress.content.ReferenceData;

class RisWriterTest {

    private static final List<ReferenceData> REVIEW = DemoReferences.review();

    @Test
    void writesOneRecordPerReferenceWithTaggedCrlfLines() {
        String ris = RisWriter.write(REVIEW);

        assertThat(REVIEW).hasSize(19);
        assertThat(ris.split("TY  - JOUR\r\n", -1)).hasSize(20);
        assertThat(ris.split("ER  - \r\n", -1)).hasSize(20);
        for (String line : ris.split("\r\n")) {
            assertThat(line).matches("[A-Z][A-Z0-9]  - .*");
        }
        assertThat(ris).doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
    }

    @Test
    void carriesDoiPmidChineseAndAccentedNames() {
        String ris = RisWriter.write(REVIEW);

        assertThat(ris).contains("DO  - 10.1016/S0140-6736(24)02575-3\r\nAN  - 39798578\r\n"
                + "UR  - https://pubmed.ncbi.nlm.nih.gov/39798578/\r\n");
        assertThat(ris).contains("AU  - 国家卫生健康委员会\r\nTI  - 原发性肝癌诊疗指南(2024年版)\r\nT2  - 肿瘤综合治疗电子杂志\r\n");
        assertThat(ris).contains("AU  - Ferrer-Fàbrega, J.\r\n");
        assertThat(ris).contains("AU  - Li, Q. J.\r\n");
        assertThat(ris).contains("SP  - 229\r\nEP  - 263\r\n");
        assertThat(ris).contains("SP  - LBA432\r\n");
    }

    @Test
    void aParserReadsBackEveryReference() throws IOException {
        List<RISReference> parsed = new RISParser().parse(new StringReader(RisWriter.write(REVIEW))).getReferences();

        assertThat(parsed).hasSize(19);
        for (int i = 0; i < REVIEW.size(); i++) {
            ReferenceData expected = REVIEW.get(i);
            assertThat(parsed.get(i).getTitle()).isEqualTo(expected.title());
            assertThat(parsed.get(i).getDOI()).isEqualTo(expected.doi());
            assertThat(parsed.get(i).getAuthors()).hasSize(expected.authors().size());
        }
        assertThat(parsed.get(6).getAccessionNumber()).isEqualTo("38900435");
    }

    @Test
    void keepsEveryValueOnOneLine() {
        ReferenceData broken = new ReferenceData(1, List.of("Doe J"), false, "Two\r\nlines\tand a tab", "J Test",
                2020, null, null, null, null, null, "Doe J. Two lines.");

        assertThat(RisWriter.write(List.of(broken))).contains("TI  - Two lines and a tab\r\n");
    }
}
