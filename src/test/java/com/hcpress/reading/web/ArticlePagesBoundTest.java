package com.hcpress.reading.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The kept article pages never take more than a quarter of the heap, whatever the setting says. */
class ArticlePagesBoundTest {

    @Test
    void theConfiguredBoundHoldsWithinAQuarterOfTheHeap() {
        assertThat(ArticlePages.bound(DataSize.ofMegabytes(256), 4L << 30)).isEqualTo(256L << 20);
    }

    @Test
    void aBoundOverAQuarterOfTheHeapIsCutToAQuarter() {
        assertThat(ArticlePages.bound(DataSize.ofMegabytes(256), 512L << 20)).isEqualTo(128L << 20);
    }
}
