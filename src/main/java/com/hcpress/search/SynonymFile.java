package com.hcpress.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The medical synonym dictionary shipped with HCPress ({@code search/synonyms-v1.tsv}): tab-separated
 * id, category, terms, misspellings and source, one group a line, after a header. A new version of
 * the dictionary gets a new file name, so the name says which one a running instance reads.
 */
final class SynonymFile {

    static final String VERSION = "v1";
    static final String RESOURCE = "search/synonyms-" + VERSION + ".tsv";
    private static final String HEADER = "id\tcategory\tterms\tmisspellings\tsource";
    private static final int COLUMNS = 5;

    private SynonymFile() {
    }

    static List<SynonymGroup> groups() {
        try (InputStream in = SynonymFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The synonym dictionary " + RESOURCE + " is missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<SynonymGroup> parse(List<String> lines) {
        List<SynonymGroup> groups = new ArrayList<>();
        boolean header = false;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new IllegalStateException("The synonym dictionary must start with the header: " + HEADER);
                }
                header = true;
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != COLUMNS || columns[4].isBlank()) {
                throw new IllegalStateException("A synonym line has " + COLUMNS + " columns and a source: " + line);
            }
            groups.add(new SynonymGroup(columns[0], list(columns[2]), list(columns[3])));
        }
        return List.copyOf(groups);
    }

    static List<String> list(String column) {
        return Arrays.stream(column.split(",")).map(String::strip).filter(term -> !term.isEmpty()).toList();
    }
}
