package com.hcpress.shared.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * A CSV file streamed to the browser: UTF-8 with a byte-order mark (so Excel reads Chinese
 * correctly), RFC 4180 quoting by Commons CSV, and every text cell guarded against formula
 * injection. Rows go out as they are written; nothing is collected in memory.
 */
public final class CsvDownload implements AutoCloseable {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CSVPrinter printer;

    private CsvDownload(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts the download as {@code <name>-<today>.csv} and writes the header row. */
    public static CsvDownload start(HttpServletResponse response, String name, String... header) {
        String filename = name + "-" + LocalDate.now(CHINA) + ".csv";
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try {
            Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord((Object[]) header);
            return new CsvDownload(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row; every cell is written as text, guarded by {@link #cell(Object)}. */
    public void row(Object... cells) {
        try {
            Object[] safe = new Object[cells.length];
            for (int i = 0; i < cells.length; i++) {
                safe[i] = cell(cells[i]);
            }
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A cell a spreadsheet will not run as a formula: text starting with {@code = + - @}, a tab or a
     * carriage return gets a leading apostrophe (OWASP's advice for CSV injection).
     */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
