package com.hcpress.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each table belongs to one feature, and no other feature's SQL names it. The owners and the
 * reads that stay are the two tables of docs/architecture.md, "Tables by module"; the SQL is
 * every string constant of the compiled main classes (text blocks, folded concatenations and
 * annotation values such as native queries), so comments and prose in the source do not count.
 */
class TableOwnershipTest {

    private static final Path DOC = Path.of("docs/architecture.md");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern NAMED_TABLE =
            Pattern.compile("\\b(?:from|join|into|update|table)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)\\b");
    private static final Pattern CREATED = Pattern.compile("\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern DROPPED = Pattern.compile("\\bdrop\\s+table\\s+(?:if\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern RENAMED = Pattern.compile("\\balter\\s+table\\s+([a-z_][a-z0-9_]*)\\s+rename\\s+to\\s+([a-z_][a-z0-9_]*)");

    @Test
    void everyTableOfTheMigrationsHasOneOwner() throws IOException {
        Map<String, String> owners = owners();
        assertThat(owners.keySet()).as("tables in docs/architecture.md, Tables by module")
                .containsExactlyInAnyOrderElementsOf(migratedTables());
    }

    @Test
    void noFeatureNamesAnotherFeaturesTableInItsSql() throws IOException, URISyntaxException {
        Map<String, String> owners = owners();
        Set<String> allowed = allowedReads();
        Set<String> found = crossReads(owners);
        List<String> unexplained = new ArrayList<>(found);
        unexplained.removeAll(allowed);
        assertThat(unexplained).as("SQL on another feature's table: ask the owner through its public classes,"
                + " or explain it in docs/architecture.md").isEmpty();
        List<String> stale = new ArrayList<>(allowed);
        stale.removeAll(found);
        assertThat(stale).as("reads listed as staying in docs/architecture.md that the code no longer makes").isEmpty();
    }

    /** Analytics asks the owners for what it counts (docs/architecture.md): no exception, whatever the doc says. */
    @Test
    void analyticsNamesOnlyItsOwnTables() throws IOException, URISyntaxException {
        assertThat(crossReads(owners())).filteredOn(read -> read.startsWith("analytics -> ")).isEmpty();
        assertThat(allowedReads()).filteredOn(read -> read.startsWith("analytics -> ")).isEmpty();
        assertThat(namedTables().get("analytics")).contains("article_view", "gate_visit");
    }

    @Test
    void theScanSeesSql() throws IOException, URISyntaxException {
        Map<String, Set<String>> named = namedTables();
        assertThat(named.get("comment")).contains("comment", "comment_like");
        assertThat(named.get("gate")).contains("gate_pass");
        assertThat(named.get("account")).contains("app_user");
    }

    private static Set<String> crossReads(Map<String, String> owners) throws IOException, URISyntaxException {
        Set<String> reads = new TreeSet<>();
        namedTables().forEach((feature, tables) -> {
            for (String table : tables) {
                String owner = owners.get(table);
                if (owner != null && !owner.equals(feature)) {
                    reads.add(feature + " -> " + table);
                }
            }
        });
        return reads;
    }

    /** Per feature, every known word that follows from/join/into/update/table in its string constants. */
    private static Map<String, Set<String>> namedTables() throws IOException, URISyntaxException {
        Path root = Path.of(TableOwnershipTest.class.getClassLoader()
                .getResource("com/hcpress/HcpressApplication.class").toURI()).getParent();
        Map<String, Set<String>> named = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                Path relative = root.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String feature = relative.getName(0).toString();
                for (String constant : constants(Files.readAllBytes(file))) {
                    Matcher m = NAMED_TABLE.matcher(constant.toLowerCase(Locale.ROOT));
                    while (m.find()) {
                        named.computeIfAbsent(feature, f -> new TreeSet<>()).add(m.group(1));
                    }
                }
            }
        }
        return named;
    }

    /** The UTF-8 entries of a class file's constant pool: its string literals among them. */
    static List<String> constants(byte[] classFile) throws IOException {
        List<String> texts = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            in.readInt();
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> texts.add(in.readUTF());
                    case 7, 8, 16, 19, 20 -> skip(in, 2);
                    case 15 -> skip(in, 3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> skip(in, 4);
                    case 5, 6 -> {
                        skip(in, 8);
                        i++;
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag);
                }
            }
        }
        return texts;
    }

    private static void skip(InputStream in, int bytes) throws IOException {
        in.skipNBytes(bytes);
    }

    private static Set<String> migratedTables() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            List<Path> sorted = files.filter(f -> f.toString().endsWith(".sql"))
                    .sorted((a, b) -> Integer.compare(version(a), version(b))).toList();
            for (Path file : sorted) {
                String sql = Files.readString(file, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                Matcher created = CREATED.matcher(sql);
                while (created.find()) {
                    tables.add(created.group(1));
                }
                Matcher renamed = RENAMED.matcher(sql);
                while (renamed.find()) {
                    tables.remove(renamed.group(1));
                    tables.add(renamed.group(2));
                }
                Matcher dropped = DROPPED.matcher(sql);
                while (dropped.find()) {
                    tables.remove(dropped.group(1));
                }
            }
        }
        return tables;
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")).split("\\.")[0]);
    }

    private static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new TreeMap<>();
        for (List<String> row : rows("## Tables by module", 2)) {
            for (String table : row.get(1).split(",")) {
                String previous = owners.put(bare(table), row.get(0));
                assertThat(previous).as("table " + table + " has two owners").isNull();
            }
        }
        assertThat(owners).as("Tables by module in docs/architecture.md").isNotEmpty();
        return owners;
    }

    private static Set<String> allowedReads() throws IOException {
        Set<String> allowed = new TreeSet<>();
        for (List<String> row : rows("### SQL on another feature's table that stays", 3)) {
            assertThat(row.get(2)).as("the reason for " + row).isNotBlank();
            allowed.add(row.get(0) + " -> " + bare(row.get(1)));
        }
        return allowed;
    }

    private static String bare(String cell) {
        return cell.replace("`", "").trim();
    }

    /** The body rows of the first Markdown table after a heading. */
    private static List<List<String>> rows(String heading, int columns) throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int at = lines.indexOf(heading);
        assertThat(at).as(heading + " in " + DOC).isNotNegative();
        List<List<String>> rows = new ArrayList<>();
        boolean inTable = false;
        for (int i = at + 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.startsWith("#")) {
                break;
            }
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            if (!inTable) {
                inTable = true;
                continue;
            }
            if (line.startsWith("|---") || line.startsWith("| ---")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
                cells.add(cell.trim());
            }
            assertThat(cells).as(line).hasSize(columns);
            rows.add(cells);
        }
        return rows;
    }
}
