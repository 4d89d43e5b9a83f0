package com.hcpress.clinical.score;

/**
 * ALBI grade after Johnson 2015 (docs/clinical-rules.md, ALBI): 1 if score ≤ −2.60, 2 if ≤ −1.39, else 3.
 * Graded on the unrounded score, so −2.59999 is grade 2 although it displays as −2.60.
 */
public enum AlbiGrade {
    GRADE_1(1), GRADE_2(2), GRADE_3(3);

    private static final double GRADE_1_MAX = -2.60;
    private static final double GRADE_2_MAX = -1.39;

    private final int number;

    AlbiGrade(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static AlbiGrade forRawScore(double rawScore) {
        if (Double.isNaN(rawScore)) {
            throw new IllegalArgumentException("ALBI score is not a number");
        }
        if (rawScore <= GRADE_1_MAX) {
            return GRADE_1;
        }
        return rawScore <= GRADE_2_MAX ? GRADE_2 : GRADE_3;
    }
}
