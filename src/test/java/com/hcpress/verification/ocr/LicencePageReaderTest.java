package com.hcpress.verification.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The parts of the licence reader that need no Tesseract: picking the code, voting, boxes, the text band. */
class LicencePageReaderTest {

    @Test
    void theCodeIsTheLastFifteenDigitsOfTheOneLongRun() {
        assertThat(LicencePageReader.physiciansCode("4225345937740490")).isEqualTo("225345937740490");
        assertThat(LicencePageReader.physiciansCode("22534593774049")).isNull();
        assertThat(LicencePageReader.physiciansCode("225345937740490\n117132087566340")).isNull();
    }

    @Test
    void eachDigitGoesToTheMajorityAndATieToTheFirstReading() {
        assertThat(LicencePageReader.vote(List.of("224847374151564", "224847374151564", "224817374151564")))
                .isEqualTo("224847374151564");
        assertThat(LicencePageReader.vote(List.of("224847374151564", "224817374151564"))).isEqualTo("224847374151564");
        assertThat(LicencePageReader.vote(List.of("111111111111111", "222222222222222", "222222222222221")))
                .isEqualTo("222222222222221");
        assertThat(LicencePageReader.vote(List.of())).isNull();
    }

    @Test
    void wordsOfOneLineAreJoinedWithTheBoxAroundThem() {
        String tsv = """
                level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext
                5\t1\t3\t1\t1\t1\t100\t200\t50\t20\t90\t2253
                5\t1\t3\t1\t1\t2\t160\t198\t150\t24\t88\t45937740490
                5\t1\t4\t1\t1\t1\t10\t10\t5\t5\t40\t
                """;
        List<LicencePageReader.Line> lines = LicencePageReader.Line.fromTsv(tsv);
        assertThat(lines).containsExactly(new LicencePageReader.Line("225345937740490", 100, 198, 210, 24));
    }

    @Test
    void theBandIsTheTextLineNearestTheMiddle() {
        BufferedImage image = new BufferedImage(200, 120, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 120);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 200, 12);   // the edge of the line above, darker than the digits
        g.fillRect(20, 50, 150, 20); // the digits
        g.dispose();
        int[] band = PageImage.middleBand(image);
        assertThat(band[0]).isBetween(40, 50);
        assertThat(band[1]).isBetween(70, 80);
        assertThat(PageImage.rows(image, band[0], band[1], 20).getHeight()).isEqualTo(band[1] - band[0] + 40);
    }
}
