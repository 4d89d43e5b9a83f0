package com.hcpress.shared.rendering;

/**
 * What a template writes around a part of a shared page that a reader may get their own version
 * of ({@code ${ownRegion.start(id)}} and {@code ${ownRegion.end()}}, with {@code th:text}): see
 * {@link PageTemplate}. Only pages rendered by {@link SharedPages} have it; elsewhere the variable
 * is absent.
 */
public final class RegionMarks {

    private final PageTemplate.Marks marks;

    RegionMarks(PageTemplate.Marks marks) {
        this.marks = marks;
    }

    public String start(long id) {
        return marks.regionStart(id);
    }

    public String end() {
        return marks.regionEnd();
    }
}
