package com.hcpress.clinical.score;

import com.hcpress.clinical.domain.Albumin;
import com.hcpress.clinical.domain.Bilirubin;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Albumin-bilirubin score: 0.66 × log10(bilirubin µmol/L) − 0.085 × albumin g/L (docs/clinical-rules.md, ALBI).
 *
 * @param raw                       the unrounded score, which decides the grade
 * @param rawWithAlbumin0852        the same with the −0.0852 albumin coefficient some calculators
 *                                  use (docs/clinical-rules.md, Where sources disagree), shown
 *                                  so a discrepancy can be explained
 */
public record Albi(double raw, double rawWithAlbumin0852) {

    static final double BILIRUBIN_COEFFICIENT = 0.66;
    static final double ALBUMIN_COEFFICIENT = -0.085;
    static final double ALTERNATIVE_ALBUMIN_COEFFICIENT = -0.0852;
    private static final int DISPLAY_DECIMALS = 2;

    public Albi {
        if (!Double.isFinite(raw) || !Double.isFinite(rawWithAlbumin0852)) {
            throw new IllegalArgumentException("ALBI score must be finite");
        }
    }

    public static Albi of(Bilirubin bilirubin, Albumin albumin) {
        double bilirubinTerm = BILIRUBIN_COEFFICIENT * Math.log10(bilirubin.micromolPerLitre().doubleValue());
        double gramsPerLitre = albumin.gramsPerLitre().doubleValue();
        return new Albi(
                bilirubinTerm + ALBUMIN_COEFFICIENT * gramsPerLitre,
                bilirubinTerm + ALTERNATIVE_ALBUMIN_COEFFICIENT * gramsPerLitre);
    }

    public AlbiGrade grade() {
        return AlbiGrade.forRawScore(raw);
    }

    /** The score to 2 decimals, for display only. */
    public BigDecimal rounded() {
        return round(raw, DISPLAY_DECIMALS);
    }

    /** "-2.70": always two decimals. */
    public String display() {
        return rounded().toPlainString();
    }

    /**
     * Rounds the exact binary value half-to-even, which is how the reference implementation
     * (Python's {@code round}) rounds, so 5-decimal figures in the case files match digit for digit.
     */
    public static BigDecimal round(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN);
    }
}
