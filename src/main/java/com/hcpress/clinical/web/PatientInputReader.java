package com.hcpress.clinical.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.hcpress.clinical.Calculation;
import com.hcpress.clinical.ClinicalAssessor;
import com.hcpress.clinical.FieldError;
import com.hcpress.clinical.PatientInput;
import com.hcpress.clinical.domain.AlbuminUnit;
import com.hcpress.clinical.domain.Ascites;
import com.hcpress.clinical.domain.BilirubinUnit;
import com.hcpress.clinical.domain.ChengType;
import com.hcpress.clinical.domain.Coded;
import com.hcpress.clinical.domain.Encephalopathy;
import com.hcpress.clinical.domain.Histology;
import com.hcpress.clinical.domain.PortalVeinGrade;
import com.hcpress.clinical.domain.Resectability;
import com.hcpress.clinical.domain.VascularInvasionType;

/**
 * Reads patient input from text, whether a form's fields or a JSON document's values, keyed by
 * {@link PatientInput} component name. Text that is not a number, a whole number, a yes/no or
 * one of the choices is named as such, never coerced; the fields a calculation reads are then
 * validated, and every problem is reported at once.
 */
final class PatientInputReader {

    static final String NOT_A_NUMBER = "clinical.input.number";
    static final String NOT_A_WHOLE_NUMBER = "clinical.input.whole-number";
    static final String NOT_A_CHOICE = "clinical.input.choice";

    private final ClinicalAssessor assessor;

    PatientInputReader(ClinicalAssessor assessor) {
        this.assessor = assessor;
    }

    /**
     * @param text the text of a component, {@code null} or blank when not given
     */
    Reading read(Function<String, String> text, Calculation calculation) {
        Fields fields = new Fields(text, calculation);
        PatientInput input = new PatientInput(
                fields.choice("histology", Histology.class),
                fields.wholeNumber("nodules"),
                fields.number("largestDiameterCm"),
                fields.choice("vascularInvasion", VascularInvasionType.class),
                fields.choice("vp", PortalVeinGrade.class),
                fields.choice("cheng", ChengType.class),
                fields.yesOrNo("extrahepaticSpread"),
                fields.number("bilirubin"),
                fields.choice("bilirubinUnit", BilirubinUnit.class),
                fields.number("albumin"),
                fields.choice("albuminUnit", AlbuminUnit.class),
                fields.number("inr"),
                fields.choice("ascites", Ascites.class),
                fields.choice("encephalopathy", Encephalopathy.class),
                fields.wholeNumber("ecog"),
                fields.yesOrNo("recurrent"),
                fields.choice("resectable", Resectability.class));
        List<FieldError> errors = new ArrayList<>(fields.errors);
        Set<String> unreadable = errors.stream().map(FieldError::field).collect(Collectors.toSet());
        assessor.errors(input, calculation).stream()
                .filter(error -> !unreadable.contains(error.field()))
                .forEach(errors::add);
        return new Reading(input, errors);
    }

    /** The input as read, and what is wrong with it; the input is usable only without errors. */
    record Reading(PatientInput input, List<FieldError> errors) {

        Reading {
            errors = List.copyOf(errors);
        }

        boolean isValid() {
            return errors.isEmpty();
        }
    }

    /** What a numeric field must hold. */
    private enum Expected {
        NUMBER(NOT_A_NUMBER, "must be a number"),
        WHOLE_NUMBER(NOT_A_WHOLE_NUMBER, "must be a whole number");

        private final String messageKey;
        private final String message;

        Expected(String messageKey, String message) {
            this.messageKey = messageKey;
            this.message = message;
        }

        FieldError missedBy(String field) {
            return new FieldError(field, messageKey, List.of(), message);
        }
    }

    /** Reads the fields a calculation needs and leaves the others {@code null}. */
    private static final class Fields {

        private final Function<String, String> text;
        private final Calculation calculation;
        private final List<FieldError> errors = new ArrayList<>();

        Fields(Function<String, String> text, Calculation calculation) {
            this.text = text;
            this.calculation = calculation;
        }

        Double number(String field) {
            BigDecimal number = decimal(field, Expected.NUMBER);
            return number == null ? null : number.doubleValue();
        }

        Integer wholeNumber(String field) {
            BigDecimal number = decimal(field, Expected.WHOLE_NUMBER);
            if (number == null) {
                return null;
            }
            try {
                return number.intValueExact();
            } catch (ArithmeticException notWhole) {
                errors.add(Expected.WHOLE_NUMBER.missedBy(field));
                return null;
            }
        }

        Boolean yesOrNo(String field) {
            String value = given(field);
            if (value == null) {
                return null;
            }
            if (value.equals("true") || value.equals("false")) {
                return Boolean.valueOf(value);
            }
            notAChoice(field, "true, false");
            return null;
        }

        <E extends Enum<E> & Coded> E choice(String field, Class<E> type) {
            String value = given(field);
            if (value == null) {
                return null;
            }
            try {
                return Coded.fromCode(type, value);
            } catch (IllegalArgumentException unknown) {
                notAChoice(field, Arrays.stream(type.getEnumConstants())
                        .map(Coded::code)
                        .collect(Collectors.joining(", ")));
                return null;
            }
        }

        private BigDecimal decimal(String field, Expected expected) {
            String value = given(field);
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException notADecimal) {
                errors.add(expected.missedBy(field));
                return null;
            }
        }

        private void notAChoice(String field, String choices) {
            errors.add(new FieldError(field, NOT_A_CHOICE, List.of(choices), "must be one of: " + choices));
        }

        private String given(String field) {
            if (!calculation.reads(field)) {
                return null;
            }
            String value = text.apply(field);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
