package com.hcpress.content.docx;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import javax.imageio.ImageIO;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Word manuscripts written by the tests, in Chinese, as an expert would send one. */
public final class WordFiles {

    private WordFiles() {
    }

    /** A title, a section heading, styled text, a footnote, a list, a table, a picture and a reference list. */
    public static byte[] manuscript() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            heading(doc, "Heading1", "HAIC 治疗巨块型肝癌的病房要点");
            heading(doc, "Heading2", "适应证");
            XWPFParagraph intro = doc.createParagraph();
            intro.createRun().setText("对于直径 ≥ 7 cm 的肝癌，");
            XWPFRun bold = intro.createRun();
            bold.setBold(true);
            bold.setText("FOLFOX-HAIC");
            intro.createRun().setText(" 的客观缓解率高于 TACE");
            XWPFRun cite = intro.createRun();
            cite.setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUPERSCRIPT);
            cite.setText("1");
            intro.createRun().setText("。术后需监测血小板");
            XWPFFootnote note = doc.createFootnote();
            note.createParagraph().createRun().setText("Lyu N, Wang X, Li JB, et al. Arterial chemotherapy of oxaliplatin plus "
                    + "fluorouracil versus sorafenib in advanced hepatocellular carcinoma. J Clin Oncol. 2022;40(5):468-480.");
            intro.addFootnoteReference(note);
            intro.createRun().setText("。");

            for (String item : new String[] {"导管位置每日确认", "穿刺点加压包扎"}) {
                XWPFParagraph listItem = doc.createParagraph();
                listItem.setNumID(BigInteger.ONE);
                listItem.createRun().setText(item);
            }

            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("方案");
            table.getRow(0).getCell(1).setText("周期");
            table.getRow(1).getCell(0).setText("FOLFOX");
            table.getRow(1).getCell(1).setText("每 3 周");

            XWPFParagraph figure = doc.createParagraph();
            figure.createRun().addPicture(new ByteArrayInputStream(png()), Document.PICTURE_TYPE_PNG, "figure.png",
                    Units.toEMU(120), Units.toEMU(60));

            heading(doc, "Heading1", "参考文献");
            doc.createParagraph().createRun().setText("[1] Li QJ, He MK, Chen HW, et al. Hepatic arterial infusion of oxaliplatin, "
                    + "fluorouracil, and leucovorin versus transarterial chemoembolization for large hepatocellular "
                    + "carcinoma: a randomized phase III trial. J Clin Oncol. 2022;40(2):150-160.");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static void heading(XWPFDocument doc, String style, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setStyle(style);
        paragraph.createRun().setText(text);
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(20, 110, 150));
        g.fillRect(0, 0, 120, 60);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
