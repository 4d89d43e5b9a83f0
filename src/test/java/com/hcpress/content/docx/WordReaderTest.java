package com.hcpress.content.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.hcpress.content.ReferenceData;

class WordReaderTest {

    private final WordManuscript manuscript = WordReader.read(WordFiles.manuscript());

    @Test
    void theFirstHeadingIsTheTitleAndTheRestIsMarkdown() {
        assertThat(manuscript.title()).isEqualTo("HAIC 治疗巨块型肝癌的病房要点");
        assertThat(manuscript.markdown())
                .startsWith("## 适应证")
                .contains("对于直径 ≥ 7 cm 的肝癌，**FOLFOX-HAIC** 的客观缓解率高于 TACE[1]。")
                .contains("- 导管位置每日确认\n- 穿刺点加压包扎")
                .contains("| 方案 | 周期 |\n| --- | --- |\n| FOLFOX | 每 3 周 |")
                .contains("![](word-image:0)")
                .doesNotContain("参考文献");
        assertThat(manuscript.images()).singleElement().satisfies(image -> assertThat(image.bytes()).isEqualTo(WordFiles.png()));
        assertThat(manuscript.notCarriedOver()).isEmpty();
    }

    @Test
    void theReferenceListComesFirstAndFootnotesFollowWithTheirMarkers() {
        assertThat(manuscript.references()).extracting(ReferenceData::number).containsExactly(1, 2);
        assertThat(manuscript.references().get(0).journal()).isNotBlank();
        assertThat(manuscript.references().get(0).citation()).startsWith("Li QJ, He MK");
        assertThat(manuscript.references().get(1).citation()).startsWith("Lyu N, Wang X");
        assertThat(manuscript.markdown()).contains("监测血小板[2]。");
    }

    @Test
    void anythingButADocxIsRefused() {
        assertThatThrownBy(() -> WordReader.read("not a word file".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableWordFileException.class);
        assertThatThrownBy(() -> WordReader.read(WordFiles.png())).isInstanceOf(UnreadableWordFileException.class);
        assertThatThrownBy(() -> WordReader.read(new byte[0])).isInstanceOf(UnreadableWordFileException.class);
    }
}
