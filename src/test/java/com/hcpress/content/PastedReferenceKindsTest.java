package com.hcpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Twenty-two lines of the kinds an editor pastes into one article: GB/T 7714 lines of every type,
 * PubMed and Lancet lines, group authors, web pages, and lines that are only an identifier.
 */
public class PastedReferenceKindsTest {

    public static final List<String> LINES = List.of(
            "[1] 王晓明, 李红, 张伟, 等. 经动脉化疗栓塞联合靶向治疗中期肝细胞癌的疗效分析[J]. 中华肝胆外科杂志, 2023, 29(4): 241-246.",
            "[2] SUNG H, FERLAY J, SIEGEL R L, et al. Global cancer statistics 2020: GLOBOCAN estimates of incidence and mortality worldwide for 36 cancers in 185 countries[J]. CA Cancer J Clin, 2021, 71(3): 209-249.",
            "3. Finn RS, Qin S, Ikeda M, et al. Atezolizumab plus bevacizumab in unresectable hepatocellular carcinoma. N Engl J Med. 2020 May 14;382(20):1894-1905. doi: 10.1056/NEJMoa1915745. PMID: 32402160.",
            "4. Antonia SJ, Villegas A, Daniel D, et al, for the PACIFIC Investigators. Overall survival with durvalumab after chemoradiotherapy in stage III NSCLC. N Engl J Med 2018; 379: 2342–50.",
            "5. Llovet JM, Kelley RK, Villanueva A, et al. Hepatocellular carcinoma. Nat Rev Dis Primers 2021; 7: 6.",
            "6. PACIFIC Investigators. Durvalumab after chemoradiotherapy in stage III non-small-cell lung cancer. N Engl J Med. 2017;377(20):1919-1929.",
            "7. Antonia SJ, Villegas A, Daniel D, et al; PACIFIC Investigators. Durvalumab after chemoradiotherapy in stage III non-small-cell lung cancer. N Engl J Med. 2017;377(20):1919-1929. doi: 10.1056/NEJMoa1709937.",
            "[8] 中华医学会肝病学分会. 肝硬化诊治指南[M]. 北京: 人民卫生出版社, 2019: 12-20.",
            "[9] 中华医学会肝病学分会. 原发性胆汁性胆管炎的诊断和治疗指南(2021)[J]. 中华肝脏病杂志, 2022, 30(3): 264-275.",
            "[10] European Association for the Study of the Liver. EASL clinical practice guidelines on the management of hepatocellular carcinoma[M]. Geneva: EASL, 2025.",
            "[11] 国家卫生健康委员会. 原发性肝癌诊疗指南(2024年版)[EB/OL]. (2024-04-10)[2025-03-01]. http://www.nhc.gov.cn/yzygj/s7659/202404/guide.shtml.",
            "12. World Health Organization. Hepatitis B fact sheet [Internet]. Geneva: World Health Organization; 2024 [cited 2025 Mar 1]. Available from: https://www.who.int/news-room/fact-sheets/detail/hepatitis-b",
            "10.1056/NEJMoa1915745",
            "https://doi.org/10.1016/S0140-6736(24)02575-3",
            "PMID: 32402160",
            "[16] 李强, 陈静. 肝动脉灌注化疗在晚期肝癌中的应用[C]//中华医学会第十九次全国放射学学术大会论文汇编. 北京: 中华医学会, 2022: 88-90.",
            "[17] 刘洋. 肝癌微血管侵犯的影像组学预测研究[D]. 广州: 中山大学, 2021.",
            "[18] World Health Organization. Global hepatitis report 2017[R]. Geneva: World Health Organization, 2017.",
            "[19] 国家市场监督管理总局, 国家标准化管理委员会. 信息与文献 参考文献著录规则: GB/T 7714—2015[S]. 北京: 中国标准出版社, 2015.",
            "[20] 张文. 肝癌早筛走进社区[N]. 健康报, 2024-05-20(5).",
            "[21] 周俭, 孙惠川. 肝癌转化治疗的现状与展望[J/OL]. 中华消化外科杂志, 2023, 22(1): 1-8 [2025-01-10]. https://doi.org/10.3760/cma.j.cn115610-20221215-00001.",
            "22. Zhou, J., & Fan, J. (2023). Transarterial chemoembolisation plus lenvatinib in unresectable hepatocellular carcinoma [Conference abstract]. ESMO Congress 2023, Madrid. Abstract No. 948P.");

    private static ReferenceData line(int n) {
        return ReferenceLineParser.parse(LINES.get(n - 1));
    }

    @Test
    void gbtJournalLinesInBothScripts() {
        ReferenceData chinese = line(1);
        assertThat(chinese.type()).isEqualTo(ReferenceType.JOURNAL);
        assertThat(chinese.authors()).containsExactly("王晓明", "李红", "张伟");
        assertThat(chinese.etAl()).isTrue();
        assertThat(chinese.journal()).isEqualTo("中华肝胆外科杂志");
        assertThat(chinese.pages()).isEqualTo("241-246");
        ReferenceData latin = line(2);
        assertThat(latin.authors()).containsExactly("Sung H", "Ferlay J", "Siegel RL");
        assertThat(latin.journal()).isEqualTo("CA Cancer J Clin");
        assertThat(latin.volume()).isEqualTo("71");
        assertThat(latin.online()).isFalse();
    }

    @Test
    void pubmedLineKeepsItsIdentifiers() {
        ReferenceData pubmed = line(3);
        assertThat(pubmed.journal()).isEqualTo("N Engl J Med");
        assertThat(pubmed.doi()).isEqualTo("10.1056/NEJMoa1915745");
        assertThat(pubmed.pmid()).isEqualTo("32402160");
        assertThat(pubmed.pages()).isEqualTo("1894-1905");
    }

    @Test
    void lancetLinesKeepJournalVolumeAndPages() {
        ReferenceData lancet = line(4);
        assertThat(lancet.title()).isEqualTo("Overall survival with durvalumab after chemoradiotherapy in stage III NSCLC");
        assertThat(lancet.journal()).isEqualTo("N Engl J Med");
        assertThat(lancet.year()).isEqualTo(2018);
        assertThat(lancet.volume()).isEqualTo("379");
        assertThat(lancet.pages()).isEqualTo("2342-2350");
        assertThat(lancet.authors()).containsExactly("Antonia SJ", "Villegas A", "Daniel D", "PACIFIC Investigators");
        assertThat(lancet.etAl()).isTrue();

        ReferenceData noIssue = line(5);
        assertThat(noIssue.title()).isEqualTo("Hepatocellular carcinoma");
        assertThat(noIssue.journal()).isEqualTo("Nat Rev Dis Primers");
        assertThat(noIssue.volume()).isEqualTo("7");
        assertThat(noIssue.pages()).isEqualTo("6");
    }

    @Test
    void groupAuthorsAreKeptAsAuthors() {
        assertThat(line(6).authors()).containsExactly("PACIFIC Investigators");
        assertThat(line(6).title()).startsWith("Durvalumab after chemoradiotherapy");
        assertThat(line(7).authors()).containsExactly("Antonia SJ", "Villegas A", "Daniel D", "PACIFIC Investigators");
        assertThat(line(7).title()).startsWith("Durvalumab after chemoradiotherapy");
        assertThat(line(9).authors()).containsExactly("中华医学会肝病学分会");
        assertThat(line(10).authors()).containsExactly("European Association for the Study of the Liver");
        assertThat(line(10).title()).isEqualTo("EASL clinical practice guidelines on the management of hepatocellular carcinoma");
    }

    @Test
    void aGuidelineBookPutsThePublisherInThePublisherField() {
        ReferenceData book = line(8);
        assertThat(book.type()).isEqualTo(ReferenceType.BOOK);
        assertThat(book.authors()).containsExactly("中华医学会肝病学分会");
        assertThat(book.title()).isEqualTo("肝硬化诊治指南");
        assertThat(book.journal()).isNull();
        assertThat(book.place()).isEqualTo("北京");
        assertThat(book.publisher()).isEqualTo("人民卫生出版社");
        assertThat(book.year()).isEqualTo(2019);
        assertThat(book.pages()).isEqualTo("12-20");
        assertThat(line(10).publisher()).isEqualTo("EASL");
        assertThat(line(10).place()).isEqualTo("Geneva");
    }

    @Test
    void webPagesKeepTheirUrlAndDates() {
        ReferenceData gbt = line(11);
        assertThat(gbt.type()).isEqualTo(ReferenceType.WEB);
        assertThat(gbt.online()).isTrue();
        assertThat(gbt.title()).isEqualTo("原发性肝癌诊疗指南(2024年版)");
        assertThat(gbt.issuedOn()).isEqualTo(LocalDate.of(2024, 4, 10));
        assertThat(gbt.accessedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(gbt.url()).isEqualTo("http://www.nhc.gov.cn/yzygj/s7659/202404/guide.shtml");

        ReferenceData vancouver = line(12);
        assertThat(vancouver.type()).isEqualTo(ReferenceType.WEB);
        assertThat(vancouver.authors()).containsExactly("World Health Organization");
        assertThat(vancouver.title()).isEqualTo("Hepatitis B fact sheet");
        assertThat(vancouver.accessedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(vancouver.year()).isEqualTo(2024);
        assertThat(vancouver.url()).isEqualTo("https://www.who.int/news-room/fact-sheets/detail/hepatitis-b");
    }

    @Test
    void identifierOnlyLinesAreFlagged() {
        for (int n : List.of(13, 14, 15)) {
            ReferenceData bare = line(n);
            assertThat(bare.isIdentifierOnly()).as(LINES.get(n - 1)).isTrue();
            assertThat(bare.needsCompleting()).isTrue();
        }
        assertThat(line(13).doi()).isEqualTo("10.1056/NEJMoa1915745");
        assertThat(line(14).doi()).isEqualTo("10.1016/S0140-6736(24)02575-3");
        assertThat(line(15).pmid()).isEqualTo("32402160");
        for (int n = 1; n <= 22; n++) {
            if (n < 13 || n > 15) {
                assertThat(line(n).needsCompleting()).as(LINES.get(n - 1)).isFalse();
            }
        }
    }

    @Test
    void proceedingsThesisReportStandardAndNewspaper() {
        ReferenceData conference = line(16);
        assertThat(conference.type()).isEqualTo(ReferenceType.CONFERENCE);
        assertThat(conference.journal()).isEqualTo("中华医学会第十九次全国放射学学术大会论文汇编");
        assertThat(conference.publisher()).isEqualTo("中华医学会");
        assertThat(conference.pages()).isEqualTo("88-90");

        ReferenceData thesis = line(17);
        assertThat(thesis.type()).isEqualTo(ReferenceType.THESIS);
        assertThat(thesis.place()).isEqualTo("广州");
        assertThat(thesis.publisher()).isEqualTo("中山大学");
        assertThat(thesis.year()).isEqualTo(2021);

        ReferenceData report = line(18);
        assertThat(report.type()).isEqualTo(ReferenceType.REPORT);
        assertThat(report.authors()).containsExactly("World Health Organization");
        assertThat(report.publisher()).isEqualTo("World Health Organization");

        ReferenceData standard = line(19);
        assertThat(standard.type()).isEqualTo(ReferenceType.STANDARD);
        assertThat(standard.title()).isEqualTo("信息与文献 参考文献著录规则");
        assertThat(standard.docNumber()).isEqualTo("GB/T 7714—2015");
        assertThat(standard.publisher()).isEqualTo("中国标准出版社");

        ReferenceData newspaper = line(20);
        assertThat(newspaper.type()).isEqualTo(ReferenceType.NEWSPAPER);
        assertThat(newspaper.journal()).isEqualTo("健康报");
        assertThat(newspaper.issuedOn()).isEqualTo(LocalDate.of(2024, 5, 20));
        assertThat(newspaper.pages()).isEqualTo("5");
    }

    @Test
    void anOnlineJournalArticleKeepsItsMarkAndAccessDate() {
        ReferenceData online = line(21);
        assertThat(online.type()).isEqualTo(ReferenceType.JOURNAL);
        assertThat(online.online()).isTrue();
        assertThat(online.journal()).isEqualTo("中华消化外科杂志");
        assertThat(online.pages()).isEqualTo("1-8");
        assertThat(online.accessedOn()).isEqualTo(LocalDate.of(2025, 1, 10));
        assertThat(online.doi()).isEqualTo("10.3760/cma.j.cn115610-20221215-00001");

        ReferenceData abstractLine = line(22);
        assertThat(abstractLine.authors()).containsExactly("Zhou J", "Fan J");
        assertThat(abstractLine.pages()).isEqualTo("948P");
    }
}
