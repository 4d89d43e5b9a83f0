package com.hcpress.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.hcpress.content.web.TextDiff.Kind;
import com.hcpress.content.web.TextDiff.Line;

class TextDiffTest {

    @Test
    void aChangedLineMarksOnlyTheWordsThatDiffer() {
        List<Line> lines = TextDiff.lines("TACE alone for intermediate HCC", "TACE plus lenvatinib for intermediate HCC");

        assertThat(lines).extracting(Line::kind).containsExactly(Kind.REMOVED, Kind.ADDED);
        assertThat(marked(lines.get(0))).containsExactly("alone");
        assertThat(marked(lines.get(1))).extracting(String::strip).containsExactly("plus lenvatinib");
        assertThat(text(lines.get(1))).isEqualTo("TACE plus lenvatinib for intermediate HCC");
    }

    @Test
    void chineseTextComparesCharacterByCharacter() {
        List<Line> lines = TextDiff.lines("中位总生存期为 12 个月。", "中位无进展生存期为 12 个月。");

        assertThat(marked(lines.get(0))).containsExactly("总");
        assertThat(marked(lines.get(1))).containsExactly("无进展");
    }

    @Test
    void longUnchangedStretchesAreCutToTwoLinesOfContext() {
        String before = IntStream.rangeClosed(1, 20).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
        String after = before.replace("line 10", "line ten");

        List<Line> lines = TextDiff.lines(before, after);

        assertThat(lines).extracting(Line::kind).containsExactly(Kind.SKIPPED, Kind.SAME, Kind.SAME, Kind.REMOVED,
                Kind.ADDED, Kind.SAME, Kind.SAME, Kind.SKIPPED);
        assertThat(lines.get(0).skipped()).isEqualTo(7);
        assertThat(lines.get(7).skipped()).isEqualTo(8);
    }

    @Test
    void addedAndRemovedLinesAndNoChangeAtAll() {
        assertThat(TextDiff.lines("", "first\nsecond")).extracting(Line::kind).containsExactly(Kind.ADDED, Kind.ADDED);
        assertThat(TextDiff.lines("a\nb\nc", "a\nc")).extracting(Line::kind).containsExactly(Kind.SAME, Kind.REMOVED, Kind.SAME);
        assertThat(TextDiff.lines("same\ntext", "same\r\ntext")).isEmpty();
    }

    private static List<String> marked(Line line) {
        return line.spans().stream().filter(TextDiff.Span::changed).map(TextDiff.Span::text).toList();
    }

    private static String text(Line line) {
        return line.spans().stream().map(TextDiff.Span::text).collect(Collectors.joining());
    }
}
