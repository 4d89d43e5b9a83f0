package com.hcpress.verification.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

/**
 * One licence photo, as stored (a JPEG we encoded), read into {@link LicenceText} in two passes
 * over the same straightened page: Simplified Chinese with automatic layout for the labelled fields
 * (adding English there made names come out as Latin letters more often, see docs/benchmarks.md),
 * then English digits only on sparse text for the 15-digit physicians' code, which the first pass
 * misreads more often. A digit run there starts with what the label 证书编码 became, so its last 15
 * digits are the code.
 */
public final class LicencePageReader {

    public static final String FIELDS_LANGUAGE = "chi_sim";
    public static final String DIGITS_LANGUAGE = "eng";
    private static final List<String> FIELDS_PASS = List.of("--psm", "3");
    private static final List<String> DIGITS_PASS = List.of("--psm", "11", "-c", "tessedit_char_whitelist=0123456789");
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
        BufferedImage page = PageImage.prepare(photo);
        LicenceText fields = LicenceText.parse(tesseract.read(page, FIELDS_LANGUAGE, FIELDS_PASS));
        String number = fields.licenceNumber();
        if (number == null || (number.length() >= 14 && number.length() <= 16)) {
            String code = physiciansCode(tesseract.read(page, DIGITS_LANGUAGE, DIGITS_PASS));
            if (code != null) {
                number = code;
            }
        }
        return new LicenceText(number, fields.name(), fields.category(), fields.scope());
    }

    /** The one 15-digit code on the page, or null when there is none or more than one candidate. */
    static String physiciansCode(String digitsText) {
        Matcher runs = LONG_DIGIT_RUN.matcher(digitsText.replaceAll("[ \\t]+", ""));
        List<String> codes = new ArrayList<>();
        while (runs.find()) {
            String run = runs.group();
            codes.add(run.substring(run.length() - 15));
        }
        return codes.size() == 1 ? codes.get(0) : null;
    }
}
