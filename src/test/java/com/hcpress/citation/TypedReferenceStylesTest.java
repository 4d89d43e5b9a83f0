package com.hcpress.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.hcpress.content.PastedReferenceKindsTest;
import com.hcpress.content.ReferenceData;
import com.hcpress.content.ReferenceLineParser;

/** Each kind of reference, read from a pasted line, as GB/T 7714 and Vancouver print it. */
class TypedReferenceStylesTest {

    private static List<StyledReference> gbt;
    private static List<StyledReference> vancouver;

    @BeforeAll
    static void format() {
        List<ReferenceData> references = new java.util.ArrayList<>();
        List<String> lines = PastedReferenceKindsTest.LINES;
        for (int i = 0; i < lines.size(); i++) {
            references.add(ReferenceLineParser.parse(lines.get(i)).withNumber(i + 1));
        }
        gbt = new CslFormatter(ReferenceStyle.GB_T_7714).format(references);
        vancouver = new CslFormatter(ReferenceStyle.VANCOUVER).format(references);
    }

    private static String gbt(int n) {
        return gbt.get(n - 1).text();
    }

    private static String vancouver(int n) {
        return vancouver.get(n - 1).text();
    }

    @Test
    void journalArticlesKeepPlainMarkUnlessReadOnline() {
        assertThat(gbt(1)).isEqualTo("王晓明, 李红, 张伟, 等. 经动脉化疗栓塞联合靶向治疗中期肝细胞癌的疗效分析[J]. 中华肝胆外科杂志, 2023, 29(4): 241-246.");
        assertThat(gbt(3)).contains("[J]. N Engl J Med, 2020, 382(20): 1894-1905. DOI:10.1056/NEJMoa1915745.");
        assertThat(gbt(21)).contains("[J/OL]. 中华消化外科杂志, 2023, 22(1): 1-8[2025-01-10]. DOI:10.3760/cma.j.cn115610-20221215-00001.");
    }

    @Test
    void lancetAndGroupAuthorsFormatAsJournalArticles() {
        assertThat(gbt(4)).startsWith("ANTONIA S J, VILLEGAS A, DANIEL D, et al. Overall survival")
                .endsWith("[J]. N Engl J Med, 2018, 379: 2342-2350.");
        assertThat(gbt(6)).startsWith("PACIFIC Investigators. Durvalumab");
        assertThat(vancouver(6)).startsWith("PACIFIC Investigators. Durvalumab");
    }

    @Test
    void booksReportsThesesAndStandardsPrintPlaceAndPublisher() {
        assertThat(gbt(8)).isEqualTo("中华医学会肝病学分会. 肝硬化诊治指南[M]. 北京: 人民卫生出版社, 2019: 12-20.");
        assertThat(gbt(10)).isEqualTo("European Association for the Study of the Liver. EASL clinical practice guidelines "
                + "on the management of hepatocellular carcinoma[M]. Geneva: EASL, 2025.");
        assertThat(gbt(17)).isEqualTo("刘洋. 肝癌微血管侵犯的影像组学预测研究[D]. 广州: 中山大学, 2021.");
        assertThat(gbt(18)).isEqualTo("World Health Organization. Global hepatitis report 2017[R]. Geneva: World Health Organization, 2017.");
        assertThat(gbt(19)).isEqualTo("国家市场监督管理总局, 国家标准化管理委员会. 信息与文献 参考文献著录规则: GB/T 7714—2015[S]. 北京: 中国标准出版社, 2015.");
        assertThat(gbt(16)).isEqualTo("李强, 陈静. 肝动脉灌注化疗在晚期肝癌中的应用[C]//中华医学会第十九次全国放射学学术大会论文汇编. 北京: 中华医学会, 2022: 88-90.");
    }

    @Test
    void newspapersAndWebPagesPrintTheirDatesAndUrl() {
        assertThat(gbt(20)).isEqualTo("张文. 肝癌早筛走进社区[N]. 健康报, 2024-05-20(5).");
        assertThat(gbt(11)).isEqualTo("国家卫生健康委员会. 原发性肝癌诊疗指南(2024年版)[EB/OL]. (2024-04-10)[2025-03-01]. "
                + "http://www.nhc.gov.cn/yzygj/s7659/202404/guide.shtml.");
        assertThat(gbt(12)).contains("Hepatitis B fact sheet[EB/OL]").contains("[2025-03-01]")
                .contains("https://www.who.int/news-room/fact-sheets/detail/hepatitis-b");
        assertThat(vancouver(11)).contains("http://www.nhc.gov.cn/yzygj/s7659/202404/guide.shtml")
                .contains("(accessed March 1, 2025)");
    }

    @Test
    void latinReferencesGetEtAlAndChineseOnesDeng() {
        assertThat(gbt(2)).startsWith("SUNG H, FERLAY J, SIEGEL R L, et al.");
        assertThat(gbt(1)).contains("等.");
        for (StyledReference reference : gbt) {
            if (!reference.text().matches(".*\\p{IsHan}.*")) {
                assertThat(reference.text()).doesNotContain("等");
            }
        }
    }
}
