package com.hcpress.clinical;

import com.hcpress.clinical.domain.Albumin;
import com.hcpress.clinical.domain.AlbuminUnit;
import com.hcpress.clinical.domain.Bilirubin;
import com.hcpress.clinical.domain.BilirubinUnit;
import com.hcpress.clinical.domain.Patient;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Names every missing or implausible field of a {@link PatientInput}; never repairs or guesses.
 *
 * <p>The ranges below are plausibility limits, not reference intervals: a value outside them is far
 * more likely a typing or unit slip than a patient, and scoring it would look authoritative while
 * being wrong. All bounds are inclusive.
 */
public final class PatientInputValidator {

    public static final String REQUIRED = "clinical.input.required";
    public static final String OUT_OF_RANGE = "clinical.input.range";
    public static final String PORTAL_GRADE_WITHOUT_PVTT = "clinical.input.portal-grade-without-pvtt";

    /**
     * Beyond about 20, nodules are reported as diffuse rather than counted; every count of 4 or more
     * stages alike (CNLC IIb) and any count over 6 is beyond up-to-seven, so the cap loses nothing.
     */
    static final Range NODULES = Range.of("1", "20", "");

    /** The largest resected HCCs measure about 30 cm; under 1 mm nothing is measurable on CT/MRI. */
    static final Range LARGEST_DIAMETER_CM = Range.of("0.1", "30", "cm");

    /**
     * 0.1–50 mg/dL (1.71–855 µmol/L): zero or less has no logarithm for ALBI, and 50 mg/dL exceeds
     * even fulminant liver failure. The upper bound also catches µmol/L typed as mg/dL.
     */
    static final Bilirubin BILIRUBIN_MIN = Bilirubin.of("0.1", BilirubinUnit.MG_PER_DL);
    static final Bilirubin BILIRUBIN_MAX = Bilirubin.of("50", BilirubinUnit.MG_PER_DL);

    /** 1.0–6.0 g/dL (10–60 g/L); the upper bound catches g/L typed as g/dL. */
    static final Albumin ALBUMIN_MIN = Albumin.of("1.0", AlbuminUnit.G_PER_DL);
    static final Albumin ALBUMIN_MAX = Albumin.of("6.0", AlbuminUnit.G_PER_DL);

    /** Below 0.5 is an assay error; above 10 is unmeasurable or a PT in seconds typed as INR. */
    static final Range INR = Range.of("0.5", "10", "");

    /** ECOG 5 means dead. */
    static final Range ECOG = Range.of(String.valueOf(Patient.ECOG_MIN), String.valueOf(Patient.ECOG_MAX), "");

    public List<FieldError> validate(PatientInput input) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "histology", input.histology());
        inRange(errors, "nodules", input.nodules(), NODULES);
        inRange(errors, "largestDiameterCm", input.largestDiameterCm(), LARGEST_DIAMETER_CM);
        required(errors, "vascularInvasion", input.vascularInvasion());
        portalGradesNeedPvtt(errors, input);
        required(errors, "extrahepaticSpread", input.extrahepaticSpread());
        bilirubin(errors, input);
        albumin(errors, input);
        inRange(errors, "inr", input.inr(), INR);
        required(errors, "ascites", input.ascites());
        required(errors, "encephalopathy", input.encephalopathy());
        inRange(errors, "ecog", input.ecog(), ECOG);
        required(errors, "recurrent", input.recurrent());
        required(errors, "resectable", input.resectable());
        return List.copyOf(errors);
    }

    private static void bilirubin(List<FieldError> errors, PatientInput input) {
        BilirubinUnit unit = input.bilirubinUnit();
        required(errors, "bilirubinUnit", unit);
        if (unit == null) {
            required(errors, "bilirubin", input.bilirubin());
            return;
        }
        Range range = new Range(BILIRUBIN_MIN.valueIn(unit), BILIRUBIN_MAX.valueIn(unit), unit.symbol());
        inRange(errors, "bilirubin", input.bilirubin(), range);
    }

    private static void albumin(List<FieldError> errors, PatientInput input) {
        AlbuminUnit unit = input.albuminUnit();
        required(errors, "albuminUnit", unit);
        if (unit == null) {
            required(errors, "albumin", input.albumin());
            return;
        }
        Range range = new Range(ALBUMIN_MIN.valueIn(unit), ALBUMIN_MAX.valueIn(unit), unit.symbol());
        inRange(errors, "albumin", input.albumin(), range);
    }

    private static void portalGradesNeedPvtt(List<FieldError> errors, PatientInput input) {
        if (input.vascularInvasion() == null || input.vascularInvasion().involvesPortalVein()) {
            return;
        }
        String type = input.vascularInvasion().code();
        if (input.vp() != null) {
            errors.add(new FieldError("vp", PORTAL_GRADE_WITHOUT_PVTT, List.of(type),
                    "applies only to portal vein tumour thrombus, not " + type));
        }
        if (input.cheng() != null) {
            errors.add(new FieldError("cheng", PORTAL_GRADE_WITHOUT_PVTT, List.of(type),
                    "applies only to portal vein tumour thrombus, not " + type));
        }
    }

    private static void required(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(new FieldError(field, REQUIRED, List.of(), "is required"));
        }
    }

    private static void inRange(List<FieldError> errors, String field, Number value, Range range) {
        if (value == null) {
            required(errors, field, null);
        } else if (!range.contains(value)) {
            errors.add(new FieldError(field, OUT_OF_RANGE, range.arguments(), range.message()));
        }
    }

    /** An inclusive decimal interval with the unit it is expressed in ("" when dimensionless). */
    record Range(BigDecimal min, BigDecimal max, String unit) {

        static Range of(String min, String max, String unit) {
            return new Range(new BigDecimal(min), new BigDecimal(max), unit);
        }

        boolean contains(Number value) {
            double asDouble = value.doubleValue();
            if (!Double.isFinite(asDouble)) {
                return false;
            }
            BigDecimal decimal = value instanceof Integer ? BigDecimal.valueOf(value.intValue()) : BigDecimal.valueOf(asDouble);
            return decimal.compareTo(min) >= 0 && decimal.compareTo(max) <= 0;
        }

        List<Object> arguments() {
            return List.of(plain(min), plain(max), unit);
        }

        String message() {
            String suffix = unit.isEmpty() ? "" : " " + unit;
            return "must be between " + plain(min) + " and " + plain(max) + suffix;
        }

        private static String plain(BigDecimal value) {
            return value.stripTrailingZeros().toPlainString();
        }
    }
}
