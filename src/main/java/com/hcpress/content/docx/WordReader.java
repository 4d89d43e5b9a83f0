package com.hcpress.content.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;

import com.hcpress.content.ReferenceData;
import com.hcpress.content.ReferenceLineParser;

/**
 * Reads a {@code .docx} into Markdown: headings, paragraphs (bold, italic, links), lists, tables
 * and pictures come across. References come from Word's footnotes and endnotes, each becoming a
 * numbered reference with a marker where it was cited, or from a numbered list under a closing
 * heading such as 参考文献 or References, whose lines are read as pasted citation lines.
 */
public final class WordReader {

    /** Larger manuscripts are refused before they are opened. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)^(?:heading|标题)\\s*([1-6])$");
    private static final Pattern REFERENCES_HEADING = Pattern.compile(
            "(?i)^\\s*(参考文献|references?|bibliography|literature cited)\\s*[:：]?\\s*$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(?:\\[(\\d{1,4})]|(\\d{1,4})[.、)])\\s*");
    /** Where a note is cited, until its number is final; private-use characters never occur in text. */
    private static final Pattern NOTE_MARKER = Pattern.compile("\uE000(\\d+)\uE001");
    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>#|])");

    private final XWPFDocument document;
    private final StringBuilder markdown = new StringBuilder();
    private final List<ReferenceData> references = new ArrayList<>();
    private final Map<String, Integer> noteNumbers = new LinkedHashMap<>();
    private final List<WordManuscript.Image> images = new ArrayList<>();
    private final List<WordManuscript.Problem> problems = new ArrayList<>();
    private final List<String> listedReferences = new ArrayList<>();
    private String title;
    private boolean inReferenceList;

    private WordReader(XWPFDocument document) {
        this.document = document;
    }

    /** The manuscript, or {@link UnreadableWordFileException} when the bytes are no Word document. */
    public static WordManuscript read(byte[] bytes) {
        if (bytes == null || bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw new UnreadableWordFileException();
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return new WordReader(document).read();
        } catch (IOException | POIXMLException | IllegalArgumentException | IllegalStateException
                 | UnsupportedOperationException e) {
            // Whatever POI throws for a damaged, encrypted or foreign file: the upload is refused.
            throw new UnreadableWordFileException();
        }
    }

    private WordManuscript read() {
        for (IBodyElement element : document.getBodyElements()) {
            if (element.getElementType() == BodyElementType.PARAGRAPH) {
                paragraph((XWPFParagraph) element);
            } else if (element.getElementType() == BodyElementType.TABLE) {
                table((XWPFTable) element);
            } else {
                problems.add(new WordManuscript.Problem("contentControl", ""));
            }
        }
        int next = 1;
        for (String line : listedReferences) {
            references.add(numbered(ReferenceLineParser.parse(line), next++));
        }
        for (Map.Entry<String, Integer> note : noteNumbers.entrySet()) {
            references.add(numbered(ReferenceLineParser.parse(noteText(note.getKey())), note.getValue() + listedReferences.size()));
        }
        // Notes are numbered after the listed references, which are only known at the end.
        Matcher marker = NOTE_MARKER.matcher(markdown.toString().strip());
        String body = marker.replaceAll(found -> "[" + (Integer.parseInt(found.group(1)) + listedReferences.size()) + "]");
        return new WordManuscript(title, body, references, images, problems);
    }

    private void paragraph(XWPFParagraph paragraph) {
        String plain = paragraph.getText().strip();
        int level = headingLevel(paragraph);
        if (!paragraph.getCTP().getOMathList().isEmpty() || !paragraph.getCTP().getOMathParaList().isEmpty()) {
            problems.add(new WordManuscript.Problem("equation", ""));
        }
        if (level > 0 && REFERENCES_HEADING.matcher(plain).matches()) {
            inReferenceList = true;
            return;
        }
        if (inReferenceList && level == 0) {
            if (!plain.isEmpty()) {
                listedReferences.add(LEADING_NUMBER.matcher(plain).replaceFirst(""));
            }
            return;
        }
        inReferenceList = false;
        String text = runs(paragraph).strip();
        if (text.isEmpty()) {
            return;
        }
        if (level > 0) {
            if (title == null && level == 1) {
                title = plain;
                return;
            }
            block("#".repeat(Math.max(2, level)) + " " + text);
        } else if (paragraph.getNumID() != null) {
            int depth = paragraph.getNumIlvl() == null ? 0 : Math.min(paragraph.getNumIlvl().intValue(), 3);
            boolean ordered = "decimal".equals(paragraph.getNumFmt()) || "chineseCounting".equals(paragraph.getNumFmt());
            markdown.append("   ".repeat(depth)).append(ordered ? "1. " : "- ").append(text).append('\n');
        } else {
            block(text);
        }
    }

    private String runs(XWPFParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        for (XWPFRun run : paragraph.getRuns()) {
            for (XWPFPicture picture : run.getEmbeddedPictures()) {
                picture(picture, text);
            }
            List<CTFtnEdnRef> footnotes = run.getCTR().getFootnoteReferenceList();
            List<CTFtnEdnRef> endnotes = run.getCTR().getEndnoteReferenceList();
            footnotes.forEach(note -> text.append(marker("footnote:" + note.getId())));
            endnotes.forEach(note -> text.append(marker("endnote:" + note.getId())));
            if (!footnotes.isEmpty() || !endnotes.isEmpty()) {
                // POI writes such a run's text as "[footnoteRef:n]": the marker above replaces it.
                continue;
            }
            String runText = run.text();
            if (runText == null || runText.isEmpty()) {
                continue;
            }
            text.append(styled(run, runText));
        }
        return text.toString();
    }

    private String styled(XWPFRun run, String runText) {
        String escaped = MARKDOWN_SPECIAL.matcher(runText).replaceAll("\\\\$1");
        if (run.getVerticalAlignment() == STVerticalAlignRun.SUPERSCRIPT && runText.strip().matches("[\\d,，\\-–\\s]+")) {
            // A superscript number is how Word manuscripts often cite: [n] is how we do.
            return "[" + runText.strip().replace('，', ',').replace('–', '-').replace(" ", "") + "]";
        }
        if (run instanceof XWPFHyperlinkRun link && link.getHyperlink(document) != null) {
            String url = link.getHyperlink(document).getURL();
            if (url != null && url.matches("(?i)^https?://\\S+$")) {
                return "[" + escaped + "](" + url.replace(")", "%29") + ")";
            }
        }
        String styledText = escaped;
        if (run.isBold() && !escaped.isBlank()) {
            styledText = "**" + styledText.strip() + "**";
        }
        if (run.isItalic() && !escaped.isBlank()) {
            styledText = "*" + styledText.strip() + "*";
        }
        return styledText;
    }

    private void picture(XWPFPicture picture, StringBuilder text) {
        String type = picture.getPictureData() == null ? "" : picture.getPictureData().suggestFileExtension();
        if (!type.equalsIgnoreCase("png") && !type.equalsIgnoreCase("jpeg") && !type.equalsIgnoreCase("jpg")) {
            problems.add(new WordManuscript.Problem("pictureType", type.toUpperCase(Locale.ROOT)));
            return;
        }
        String alt = picture.getDescription() == null ? "" : picture.getDescription().strip().replaceAll("[\\[\\]\\n]", " ");
        if (alt.matches("(?i)^\\S+\\.(png|jpe?g|gif|bmp|emf|wmf|tiff?)$")) {
            // Word stores the inserted file's name when no description was written: that is no alt text.
            alt = "";
        }
        images.add(new WordManuscript.Image(picture.getPictureData().getData(), alt));
        text.append("![").append(alt).append("](").append(WordManuscript.IMAGE_SCHEME).append(images.size() - 1).append(")");
    }

    private String marker(String noteKey) {
        Integer number = noteNumbers.computeIfAbsent(noteKey, key -> noteNumbers.size() + 1);
        return "\uE000" + number + "\uE001";
    }

    private String noteText(String noteKey) {
        String[] parts = noteKey.split(":");
        BigInteger id = new BigInteger(parts[1]);
        List<? extends XWPFAbstractFootnoteEndnote> notes = parts[0].equals("footnote")
                ? document.getFootnotes() : document.getEndnotes();
        for (XWPFAbstractFootnoteEndnote note : notes) {
            if (id.equals(note.getId())) {
                StringBuilder text = new StringBuilder();
                note.getParagraphs().forEach(paragraph -> text.append(paragraph.getText()).append(' '));
                return text.toString().strip();
            }
        }
        return "";
    }

    private void table(XWPFTable table) {
        List<XWPFTableRow> rows = table.getRows();
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.stream().mapToInt(row -> row.getTableCells().size()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            out.append('|');
            List<XWPFTableCell> cells = rows.get(r).getTableCells();
            for (int c = 0; c < columns; c++) {
                String cell = c < cells.size() ? cells.get(c).getText() : "";
                out.append(' ').append(MARKDOWN_SPECIAL.matcher(cell.strip().replaceAll("\\s*\\n\\s*", " "))
                        .replaceAll("\\\\$1")).append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append('|').append(" --- |".repeat(columns)).append('\n');
            }
        }
        block(out.toString().strip());
    }

    private void block(String text) {
        if (markdown.length() > 0 && !markdown.toString().endsWith("\n\n")) {
            markdown.append(markdown.toString().endsWith("\n") ? "\n" : "\n\n");
        }
        markdown.append(text).append("\n\n");
    }

    private int headingLevel(XWPFParagraph paragraph) {
        String style = paragraph.getStyleID();
        if (style != null) {
            if (style.equalsIgnoreCase("Title")) {
                return 1;
            }
            XWPFStyle defined = document.getStyles() == null ? null : document.getStyles().getStyle(style);
            for (String name : new String[] {defined == null ? null : defined.getName(), style}) {
                if (name != null) {
                    Matcher heading = HEADING_STYLE.matcher(name.replace(" ", ""));
                    if (heading.matches()) {
                        return Integer.parseInt(heading.group(1));
                    }
                }
            }
        }
        if (paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getOutlineLvl() != null) {
            int outline = paragraph.getCTP().getPPr().getOutlineLvl().getVal().intValue();
            return outline < 6 ? outline + 1 : 0;
        }
        return 0;
    }

    private static ReferenceData numbered(ReferenceData parsed, int number) {
        return new ReferenceData(number, parsed.authors(), parsed.etAl(), parsed.title(), parsed.journal(), parsed.year(),
                parsed.volume(), parsed.issue(), parsed.pages(), parsed.doi(), parsed.pmid(), parsed.citation());
    }
}
