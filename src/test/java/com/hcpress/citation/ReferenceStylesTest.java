package com.hcpress.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReferenceStylesTest {

    private static List<StyledReference> gbt;
    private static List<StyledReference> vancouver;

    @BeforeAll
    static void format() {
        gbt = new CslFormatter(ReferenceStyle.GB_T_7714).format(DemoReferences.review());
        vancouver = new CslFormatter(ReferenceStyle.VANCOUVER).format(DemoReferences.review());
    }

    @Test
    void gbt7714NumbersAndWordsTheListTheChineseWay() {
        assertThat(gbt).hasSize(19).extracting(StyledReference::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 19).boxed().toList());
        assertThat(gbt.get(0).text()).isEqualTo("BRAY F, LAVERSANNE M, SUNG H, et al. Global cancer statistics 2022: "
                + "GLOBOCAN estimates of incidence and mortality worldwide for 36 cancers in 185 countries[J]. "
                + "CA: A Cancer Journal for Clinicians, 2024, 74(3): 229-263.");
        assertThat(gbt.get(7).text()).isEqualTo("国家卫生健康委员会. 原发性肝癌诊疗指南(2024年版)[J]. 肿瘤综合治疗电子杂志, 2024, 10(3): 17-68.");
        assertThat(gbt.get(5).text()).endsWith("Lancet, 2025, 405(10474): 203-215. DOI:10.1016/S0140-6736(24)02575-3.");
        assertThat(gbt.get(9).text()).startsWith("LI Q J, HE M K, CHEN H W, et al.");
    }

    @Test
    void gbt7714WritesEtAlForLatinScriptAndDengForChineseReferences() {
        List<StyledReference> mixed = new CslFormatter(ReferenceStyle.GB_T_7714).format(List.of(
                new com.hcpress.content.ReferenceData(1, List.of("张三", "李四", "王五"), true, "肝癌介入治疗的进展",
                        "中华肝脏病杂志", 2024, "32", "1", "1-5", null, null, ""),
                new com.hcpress.content.ReferenceData(2, List.of("Reck M", "Rodriguez-Abreu D", "Robinson AG"), true,
                        "Pembrolizumab versus chemotherapy", "N Engl J Med", 2016, "375", "19", "1823-1833", null, null, "")));
        assertThat(mixed.get(0).text()).startsWith("张三, 李四, 王五, 等.");
        assertThat(mixed.get(1).text()).startsWith("RECK M, RODRIGUEZ-ABREU D, ROBINSON A G, et al.")
                .doesNotContain("等");
    }

    @Test
    void vancouverAbbreviatesPagesAndLinksTheDoi() {
        assertThat(vancouver).hasSize(19);
        assertThat(vancouver.get(5).text()).startsWith("Kudo M, Ren Z, Guo Y, et al. Transarterial")
                .endsWith("Lancet 2025;405:203–15. https://doi.org/10.1016/S0140-6736(24)02575-3.");
        assertThat(vancouver.get(8).text()).startsWith("Fuster-Anglada C, Mauro E, Ferrer-Fàbrega J, et al.");
        assertThat(vancouver.get(16).text()).startsWith("Wang J, Zhu G, Guo J, Teng G. Hepatic");
    }

    @Test
    void neitherStyleLeavesMarkupOrItsOwnNumber() {
        for (StyledReference reference : gbt) {
            assertThat(reference.text()).doesNotContain("<", "&", "[" + reference.number() + "]");
        }
        for (StyledReference reference : vancouver) {
            assertThat(reference.text()).doesNotContain("<", "&").doesNotStartWith(reference.number() + ".");
        }
    }

    @Test
    void chineseReadersGetGbt7714AndOthersVancouver() {
        assertThat(ReferenceStyle.defaultFor(Locale.SIMPLIFIED_CHINESE)).isEqualTo(ReferenceStyle.GB_T_7714);
        assertThat(ReferenceStyle.defaultFor(Locale.ENGLISH)).isEqualTo(ReferenceStyle.VANCOUVER);
        assertThat(ReferenceStyle.fromParam("vancouver")).contains(ReferenceStyle.VANCOUVER);
        assertThat(ReferenceStyle.fromParam("apa")).isEmpty();
    }
}
