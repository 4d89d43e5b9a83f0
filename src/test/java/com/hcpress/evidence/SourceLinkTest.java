package com.hcpress.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.hcpress.evidence.SourceLink.Kind;

class SourceLinkTest {

    @Test
    void aPubMedAddressIsLabelledByItsPmid() {
        SourceLink link = SourceLink.parse("https://pubmed.ncbi.nlm.nih.gov/39798579/ (Lancet 2025 Jan 18;405(10474):216-232)");

        assertThat(link).isEqualTo(new SourceLink(Kind.PUBMED, "https://pubmed.ncbi.nlm.nih.gov/39798579/", null, "39798579"));
        assertThat(link.label(Locale.ENGLISH)).isEqualTo("PubMed 39798579");
    }

    @Test
    void aNewsReportNamesItsOutletAndTheAbstractItReports() {
        SourceLink link = SourceLink.parse(
                "https://cancernetwork.com/view/durvalumab-combo (ASCO GI 2024 LBA432 report)");

        assertThat(link.kind()).isEqualTo(Kind.NEWS_REPORT);
        assertThat(link.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("新闻报道 · CancerNetwork（ASCO GI 2024 LBA432）");
        assertThat(link.label(Locale.ENGLISH)).isEqualTo("News report · CancerNetwork (ASCO GI 2024 LBA432)");
    }

    @Test
    void aNewsReportWithoutAddressIsLabelledWithoutLink() {
        SourceLink link = SourceLink.parse(
                "MIMS news report \"TALENTACE supports atezolizumab + bevacizumab after TACE for HCC\" (ESMO GI 2025 LBA2)");

        assertThat(link).isEqualTo(new SourceLink(Kind.NEWS_REPORT, null, "MIMS", "ESMO GI 2025 LBA2"));
    }

    @Test
    void conferenceAbstractsAndJournalsKeepTheirNumbersOnly() {
        assertThat(SourceLink.parse("https://ace.asco.org/content/349297/abstract/204905 (ASCO GI TPS487 design abstract)")
                .label(Locale.ENGLISH)).isEqualTo("Conference abstract · ASCO (ASCO GI TPS487)");
        assertThat(SourceLink.parse("https://wjgnet.com/1007-9327/tables/v31/i15/104901.htm "
                + "(World J Gastroenterol 2025;31(15):104901, Table 1 row 'Zhao et al[113], 2024')").label(Locale.ENGLISH))
                .isEqualTo("Journal publication (World J Gastroenterol 2025;31(15):104901)");
        assertThat(SourceLink.parse("https://www.onclive.com/view/leap-012 (OncLive news)").label(Locale.ENGLISH))
                .isEqualTo("News report · OncLive");
    }

    @Test
    void twoAddressesAreTwoLinks() {
        assertThat(SourceLink.parseAll("https://www.docwirenews.com/post/a; https://newsattention.com/b"))
                .extracting(SourceLink::outlet).containsExactly("DocWire News", "NewsAttention");
    }

    @Test
    void anAddressOnABareIpOrPlainHttpIsNeverLinked() {
        SourceLink mirror = SourceLink.parse("http://47.251.13.51:8081/39798579 (PubMed mirror: Lancet 2025)");
        assertThat(mirror.url()).isNull();
        assertThat(mirror.label(Locale.ENGLISH)).doesNotContain("47.251").isEqualTo("Web page");
        assertThat(SourceLink.parse("http://www.pubmed.gov/37026861/").url()).isNull();
    }

    @Test
    void aPmidListedElsewhereSaysItIsUnconfirmed() {
        SourceLink link = SourceLink.parse(
                "PubMed ID 39798578 as listed by a third-party literature index (not confirmed on PubMed itself)");

        assertThat(link.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第三方文献索引（未经 PubMed 核实）（PMID 39798578）");
        assertThat(link.url()).isNull();
    }
}
