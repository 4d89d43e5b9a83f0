package com.hcpress.clinical.score;

/** Child-Pugh class from the total score: A 5–6, B 7–9, C 10–15 (docs/clinical-rules.md, Child-Pugh). */
public enum ChildPughClass {
    A, B, C;

    public static ChildPughClass forScore(int score) {
        if (score < ChildPugh.MIN_SCORE || score > ChildPugh.MAX_SCORE) {
            throw new IllegalArgumentException("Child-Pugh score is 5-15: " + score);
        }
        if (score <= 6) {
            return A;
        }
        return score <= 9 ? B : C;
    }
}
