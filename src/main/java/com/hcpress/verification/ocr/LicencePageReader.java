package com.hcpress.verification.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

/**
 * One licence photo, as stored (a JPEG we encoded), read into {@link LicenceText}. The page is
 * straightened once, then read:
 * <ol>
 * <li>in Simplified Chinese with automatic layout, for the labelled fields (adding English there
 * made names come out as Latin letters more often, see docs/benchmarks.md);</li>
 * <li>in English digits only on sparse text, for the 15-digit physicians' code, which the first
 * pass misreads more often; a digit run there starts with what the label 证书编码 became, so its
 * last 15 digits are the code. Tesseract also says where that run is on the page;</li>
 * <li>that line alone, cut from the grey page, enlarged three times, trimmed to the text line in the
 * middle of Tesseract's loose box, thresholded twice with thin strokes kept, and read as one line of digits.</li>
 * </ol>
 * The code is then voted digit by digit among the readings of 15 digits, so that one reading's
 * 4-read-as-1 is outvoted by the others.
 */
public final class LicencePageReader {

    public static final String FIELDS_LANGUAGE = "chi_sim";
    public static final String DIGITS_LANGUAGE = "eng";
    private static final List<String> FIELDS_PASS = List.of("--psm", "3");
    private static final List<String> DIGITS_PASS = List.of("--psm", "11", "-c", "tessedit_char_whitelist=0123456789", "tsv");
    private static final List<String> LINE_PASS = List.of("--psm", "7", "-c", "tessedit_char_whitelist=0123456789");
    // Digits only, so noise cannot become Chinese: a lower threshold keeps the thin 4 of a Ming face.
    private static final int DIGITS_OFFSET = 12;
    // Low offsets: enlarged three times, the thin 4 of a Ming face survives and noise does not yet join strokes.
    private static final int[] LINE_OFFSETS = {12, 9};
    private static final int LINE_ENLARGEMENT = 3;
    private static final int LINE_BORDER = 20;
    private static final int CODE_LENGTH = 15;
    private static final Pattern LONG_DIGIT_RUN = Pattern.compile("[0-9]{15,}");

    private final Tesseract tesseract;

    public LicencePageReader(Tesseract tesseract) {
        this.tesseract = tesseract;
    }

    public boolean available() {
        return tesseract.available();
    }

    public LicenceText read(byte[] jpeg) throws IOException, TesseractFailedException {
        BufferedImage photo = ImageIO.read(new ByteArrayInputStream(jpeg));
        if (photo == null) {
            throw new TesseractFailedException("the stored photo could not be decoded");
        }
        PageImage.Straight page = PageImage.straighten(photo, PageImage.WORKING_WIDTH);
        // The fields pass runs on one core while the digits passes run on the other.
        Tesseract.Run fieldsRun = tesseract.start(page.threshold(PageImage.OFFSET), FIELDS_LANGUAGE, FIELDS_PASS);
        List<String> codeReadings;
        LicenceText fields;
        try {
            codeReadings = codeReadings(page);
            fields = LicenceText.parse(fieldsRun.await());
        } catch (IOException | TesseractFailedException | RuntimeException e) {
            fieldsRun.cancel();
            throw e;
        }
        String number = fields.licenceNumber();
        // A number of another length is another profession's: the physicians' code does not apply.
        if (number == null || (number.length() >= 14 && number.length() <= 16)) {
            List<String> readings = new ArrayList<>(codeReadings);
            if (number != null && number.matches("[0-9]{15}")) {
                readings.add(number);
            }
            String code = vote(readings);
            if (code != null) {
                number = code;
            }
        }
        return new LicenceText(number, fields.name(), fields.category(), fields.scope());
    }

    /** The 15-digit readings of the code from the digits passes, the most trusted first. */
    private List<String> codeReadings(PageImage.Straight page) throws IOException, TesseractFailedException {
        List<Line> lines = Line.fromTsv(tesseract.read(page.threshold(DIGITS_OFFSET), DIGITS_LANGUAGE, DIGITS_PASS));
        List<Line> withCode = lines.stream().filter(line -> LONG_DIGIT_RUN.matcher(line.text()).find()).toList();
        String sparse = physiciansCode(String.join("\n", lines.stream().map(Line::text).toList()));
        List<String> readings = new ArrayList<>();
        if (withCode.size() == 1) {
            Line line = withCode.get(0);
            int margin = Math.max(4, line.height() / 2);
            int x = line.left() - margin;
            int y = line.top() - margin;
            int w = line.width() + 2 * margin;
            int h = line.height() + 2 * margin;
            // The box Tesseract gives is loose: keep only the text line in its middle.
            int[] band = PageImage.middleBand(page.region(x, y, w, h, LINE_ENLARGEMENT, PageImage.OFFSET));
            for (int offset : LINE_OFFSETS) {
                BufferedImage enlarged = page.region(x, y, w, h, LINE_ENLARGEMENT, offset);
                BufferedImage region = PageImage.rows(enlarged, band[0], band[1], LINE_BORDER);
                String code = physiciansCode(tesseract.read(region, DIGITS_LANGUAGE, LINE_PASS));
                if (code != null) {
                    readings.add(code);
                }
            }
        }
        if (sparse != null) {
            readings.add(sparse);
        }
        return readings;
    }

    /** The one 15-digit code in the text, or null when there is none or more than one candidate. */
    static String physiciansCode(String digitsText) {
        Matcher runs = LONG_DIGIT_RUN.matcher(digitsText.replaceAll("[ \\t]+", ""));
        List<String> codes = new ArrayList<>();
        while (runs.find()) {
            String run = runs.group();
            codes.add(run.substring(run.length() - CODE_LENGTH));
        }
        return codes.size() == 1 ? codes.get(0) : null;
    }

    /**
     * Each digit as most readings have it; a tie goes to the reading listed first (the enlarged line
     * read with thin strokes kept). Null when there is no reading.
     */
    static String vote(List<String> readings) {
        if (readings.isEmpty()) {
            return null;
        }
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            Map<Character, Integer> counts = new LinkedHashMap<>();
            for (String reading : readings) {
                counts.merge(reading.charAt(i), 1, Integer::sum);
            }
            char best = readings.get(0).charAt(i);
            for (Map.Entry<Character, Integer> count : counts.entrySet()) {
                if (count.getValue() > counts.get(best)) {
                    best = count.getKey();
                }
            }
            code.append(best);
        }
        return code.toString();
    }

    /** A line of words from Tesseract's TSV output: their text joined, and the box around them. */
    record Line(String text, int left, int top, int width, int height) {

        static List<Line> fromTsv(String tsv) {
            Map<String, int[]> boxes = new LinkedHashMap<>();
            Map<String, StringBuilder> texts = new LinkedHashMap<>();
            for (String row : tsv.split("\\R")) {
                String[] cells = row.split("\t", -1);
                if (cells.length < 12 || !"5".equals(cells[0]) || cells[11].isBlank()) {
                    continue;
                }
                String key = cells[2] + "/" + cells[3] + "/" + cells[4];
                int left = Integer.parseInt(cells[6]);
                int top = Integer.parseInt(cells[7]);
                int right = left + Integer.parseInt(cells[8]);
                int bottom = top + Integer.parseInt(cells[9]);
                int[] box = boxes.computeIfAbsent(key, k -> new int[] {left, top, right, bottom});
                box[0] = Math.min(box[0], left);
                box[1] = Math.min(box[1], top);
                box[2] = Math.max(box[2], right);
                box[3] = Math.max(box[3], bottom);
                texts.computeIfAbsent(key, k -> new StringBuilder()).append(cells[11].strip());
            }
            List<Line> lines = new ArrayList<>();
            boxes.forEach((key, box) -> lines.add(new Line(texts.get(key).toString(), box[0], box[1], box[2] - box[0], box[3] - box[1])));
            return lines;
        }
    }
}
