package com.hcpress.clinical.score;

import com.hcpress.clinical.domain.Albumin;
import com.hcpress.clinical.domain.AlbuminUnit;
import com.hcpress.clinical.domain.Ascites;
import com.hcpress.clinical.domain.Bilirubin;
import com.hcpress.clinical.domain.BilirubinUnit;
import com.hcpress.clinical.domain.Encephalopathy;
import com.hcpress.clinical.domain.Patient;

/**
 * Child-Pugh points per item (1–3 each), after Pugh 1973 with INR (docs/clinical-rules.md, Child-Pugh).
 *
 * <p>A value exactly on a cut-off scores 2: bilirubin 2.0 and 3.0 mg/dL, albumin 3.5 and 2.8 g/dL,
 * INR 1.7 and 2.3. Published tables disagree here (docs/clinical-rules.md, Child-Pugh and Where
 * sources disagree); this is the MDCalc reading.
 */
public record ChildPugh(int bilirubin, int albumin, int inr, int ascites, int encephalopathy) {

    public static final int MIN_SCORE = 5;
    public static final int MAX_SCORE = 15;

    private static final Bilirubin BILIRUBIN_MIDDLE_BAND_FROM = Bilirubin.of("2", BilirubinUnit.MG_PER_DL);
    private static final Bilirubin BILIRUBIN_MIDDLE_BAND_TO = Bilirubin.of("3", BilirubinUnit.MG_PER_DL);
    private static final Albumin ALBUMIN_MIDDLE_BAND_FROM = Albumin.of("2.8", AlbuminUnit.G_PER_DL);
    private static final Albumin ALBUMIN_MIDDLE_BAND_TO = Albumin.of("3.5", AlbuminUnit.G_PER_DL);
    private static final double INR_MIDDLE_BAND_FROM = 1.7;
    private static final double INR_MIDDLE_BAND_TO = 2.3;

    public ChildPugh {
        requirePoints("bilirubin", bilirubin);
        requirePoints("albumin", albumin);
        requirePoints("inr", inr);
        requirePoints("ascites", ascites);
        requirePoints("encephalopathy", encephalopathy);
    }

    public static ChildPugh of(Patient patient) {
        return of(patient.bilirubin(), patient.albumin(), patient.inr(),
                patient.ascites(), patient.encephalopathy());
    }

    public static ChildPugh of(Bilirubin bilirubin, Albumin albumin, double inr,
                               Ascites ascites, Encephalopathy encephalopathy) {
        return new ChildPugh(bilirubinPoints(bilirubin), albuminPoints(albumin), inrPoints(inr),
                ascitesPoints(ascites), encephalopathyPoints(encephalopathy));
    }

    public int score() {
        return bilirubin + albumin + inr + ascites + encephalopathy;
    }

    public ChildPughClass childPughClass() {
        return ChildPughClass.forScore(score());
    }

    static int bilirubinPoints(Bilirubin value) {
        if (value.isBelow(BILIRUBIN_MIDDLE_BAND_FROM)) {
            return 1;
        }
        return value.isAbove(BILIRUBIN_MIDDLE_BAND_TO) ? 3 : 2;
    }

    static int albuminPoints(Albumin value) {
        if (value.isAbove(ALBUMIN_MIDDLE_BAND_TO)) {
            return 1;
        }
        return value.isBelow(ALBUMIN_MIDDLE_BAND_FROM) ? 3 : 2;
    }

    static int inrPoints(double value) {
        if (value < INR_MIDDLE_BAND_FROM) {
            return 1;
        }
        return value > INR_MIDDLE_BAND_TO ? 3 : 2;
    }

    static int ascitesPoints(Ascites value) {
        return switch (value) {
            case NONE -> 1;
            case SLIGHT -> 2;
            case MODERATE_SEVERE -> 3;
        };
    }

    static int encephalopathyPoints(Encephalopathy value) {
        return switch (value) {
            case NONE -> 1;
            case GRADE_1_2 -> 2;
            case GRADE_3_4 -> 3;
        };
    }

    private static void requirePoints(String item, int points) {
        if (points < 1 || points > 3) {
            throw new IllegalArgumentException("Child-Pugh " + item + " points are 1-3: " + points);
        }
    }
}
