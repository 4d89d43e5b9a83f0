package com.hcpress.content.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.hcpress.content.BodyLines;
import com.hcpress.content.WorkflowEvent;

/**
 * Line remarks placed beside the lines of one revision's body: at their line number when that
 * line still has the remarked text (its hash), else at the first line with that text; a remark
 * whose text is nowhere is listed apart, with the text it was made on.
 */
public record LineRemarks(Map<Integer, List<WorkflowEvent>> byLine, List<WorkflowEvent> unplaced) {

    static LineRemarks of(List<String> lines, List<WorkflowEvent> remarks) {
        List<String> hashes = lines.stream().map(BodyLines::hash).toList();
        Map<Integer, List<WorkflowEvent>> byLine = new LinkedHashMap<>();
        List<WorkflowEvent> unplaced = new ArrayList<>();
        List<WorkflowEvent> oldestFirst = new ArrayList<>(remarks);
        java.util.Collections.reverse(oldestFirst);
        for (WorkflowEvent remark : oldestFirst) {
            int at = remark.lineNumber();
            if (at < 1 || at > hashes.size() || !hashes.get(at - 1).equals(remark.lineHash())) {
                at = hashes.indexOf(remark.lineHash()) + 1;
            }
            if (at > 0) {
                byLine.computeIfAbsent(at, line -> new ArrayList<>()).add(remark);
            } else {
                unplaced.add(remark);
            }
        }
        return new LineRemarks(byLine, unplaced);
    }

    public List<WorkflowEvent> at(int line) {
        return byLine.getOrDefault(line, List.of());
    }

    public boolean isEmpty() {
        return byLine.isEmpty() && unplaced.isEmpty();
    }
}
