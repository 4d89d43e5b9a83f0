package com.hcpress.clinical;

import static com.hcpress.clinical.PatientInputValidator.OUT_OF_RANGE;
import static com.hcpress.clinical.PatientInputValidator.PORTAL_GRADE_WITHOUT_PVTT;
import static com.hcpress.clinical.PatientInputValidator.REQUIRED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.hcpress.clinical.domain.AlbuminUnit;
import com.hcpress.clinical.domain.BilirubinUnit;
import com.hcpress.clinical.domain.ChengType;
import com.hcpress.clinical.domain.PortalVeinGrade;
import com.hcpress.clinical.domain.VascularInvasionType;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PatientInputValidatorTest {

    private static final Set<String> OPTIONAL = Set.of("vp", "cheng");

    private final PatientInputValidator validator = new PatientInputValidator();

    @Test
    void acceptsACompletePlausibleInput() {
        assertThat(validator.validate(PatientInputs.intermediateHcc().build())).isEmpty();
    }

    static Stream<String> requiredFields() {
        return Arrays.stream(PatientInput.class.getRecordComponents()).map(RecordComponent::getName)
                .filter(name -> !OPTIONAL.contains(name));
    }

    @ParameterizedTest(name = "{0} missing")
    @MethodSource("requiredFields")
    void namesEachMissingField(String field) throws ReflectiveOperationException {
        PatientInput input = withoutComponent(PatientInputs.intermediateHcc().build(), field);

        assertThat(validator.validate(input))
                .containsExactly(new FieldError(field, REQUIRED, List.of(), "is required"));
    }

    static Stream<Arguments> implausibleValues() {
        return Stream.of(
                invalid("INR of 0", b -> b.inr(0.0), "inr", "must be between 0.5 and 10"),
                invalid("INR of 25", b -> b.inr(25.0), "inr", "must be between 0.5 and 10"),
                invalid("INR not a number", b -> b.inr(Double.NaN), "inr", "must be between 0.5 and 10"),
                invalid("negative diameter", b -> b.largestDiameterCm(-2.0), "largestDiameterCm",
                        "must be between 0.1 and 30 cm"),
                invalid("infinite diameter", b -> b.largestDiameterCm(Double.POSITIVE_INFINITY), "largestDiameterCm",
                        "must be between 0.1 and 30 cm"),
                invalid("40 nodules", b -> b.nodules(40), "nodules", "must be between 1 and 20"),
                invalid("no nodule", b -> b.nodules(0), "nodules", "must be between 1 and 20"),
                invalid("ECOG 7", b -> b.ecog(7), "ecog", "must be between 0 and 4"),
                invalid("ECOG -1", b -> b.ecog(-1), "ecog", "must be between 0 and 4"),
                invalid("negative bilirubin", b -> b.bilirubin(-1.0, BilirubinUnit.MG_PER_DL), "bilirubin",
                        "must be between 0.1 and 50 mg/dL"),
                invalid("zero bilirubin", b -> b.bilirubin(0.0, BilirubinUnit.MICROMOL_PER_L), "bilirubin",
                        "must be between 1.71 and 855 µmol/L"),
                invalid("µmol/L typed as mg/dL", b -> b.bilirubin(85.0, BilirubinUnit.MG_PER_DL), "bilirubin",
                        "must be between 0.1 and 50 mg/dL"),
                invalid("absurd bilirubin in µmol/L", b -> b.bilirubin(900.0, BilirubinUnit.MICROMOL_PER_L),
                        "bilirubin", "must be between 1.71 and 855 µmol/L"),
                invalid("g/L typed as g/dL", b -> b.albumin(38.0, AlbuminUnit.G_PER_DL), "albumin",
                        "must be between 1 and 6 g/dL"),
                invalid("albumin too low in g/L", b -> b.albumin(9.9, AlbuminUnit.G_PER_L), "albumin",
                        "must be between 10 and 60 g/L"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implausibleValues")
    void rejectsImplausibleValues(String description, UnaryOperator<PatientInputs.Builder> change, String field,
                                  String message) {
        List<FieldError> errors = validator.validate(change.apply(PatientInputs.intermediateHcc()).build());

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.messageKey()).isEqualTo(OUT_OF_RANGE);
            assertThat(error.message()).isEqualTo(message);
            assertThat(error.arguments()).hasSize(3);
        });
    }

    static Stream<Arguments> boundaryValues() {
        return Stream.of(
                valid("INR 0.5", b -> b.inr(0.5)),
                valid("INR 10", b -> b.inr(10.0)),
                valid("1 nodule", b -> b.nodules(1)),
                valid("20 nodules", b -> b.nodules(20)),
                valid("0.1 cm", b -> b.largestDiameterCm(0.1)),
                valid("30 cm", b -> b.largestDiameterCm(30.0)),
                valid("ECOG 4", b -> b.ecog(4)),
                valid("bilirubin 1.71 µmol/L", b -> b.bilirubin(1.71, BilirubinUnit.MICROMOL_PER_L)),
                valid("bilirubin 855 µmol/L", b -> b.bilirubin(855.0, BilirubinUnit.MICROMOL_PER_L)),
                valid("bilirubin 50 mg/dL", b -> b.bilirubin(50.0, BilirubinUnit.MG_PER_DL)),
                valid("albumin 60 g/L", b -> b.albumin(60.0, AlbuminUnit.G_PER_L)),
                valid("albumin 1.0 g/dL", b -> b.albumin(1.0, AlbuminUnit.G_PER_DL)),
                valid("Vp grade with combined thrombi",
                        b -> b.vascularInvasion(VascularInvasionType.PVTT_AND_HVTT).vp(PortalVeinGrade.VP3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boundaryValues")
    void acceptsTheBoundsThemselves(String description, UnaryOperator<PatientInputs.Builder> change) {
        assertThat(validator.validate(change.apply(PatientInputs.intermediateHcc()).build())).isEmpty();
    }

    @Test
    void portalGradesWithoutPortalThrombusAreRejected() {
        PatientInput input = PatientInputs.intermediateHcc().vascularInvasion(VascularInvasionType.HVTT)
                .vp(PortalVeinGrade.VP2).cheng(ChengType.I).build();

        assertThat(validator.validate(input)).extracting(FieldError::field, FieldError::messageKey).containsExactly(
                tuple("vp", PORTAL_GRADE_WITHOUT_PVTT),
                tuple("cheng", PORTAL_GRADE_WITHOUT_PVTT));
    }

    @Test
    void aValueWithoutItsUnitIsNotGuessed() {
        PatientInput input = PatientInputs.intermediateHcc().bilirubin(1.2, null).albumin(null, null).build();

        assertThat(validator.validate(input)).extracting(FieldError::field)
                .containsExactly("bilirubinUnit", "albuminUnit", "albumin");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        PatientInput input = PatientInputs.intermediateHcc().inr(0.0).nodules(40).ecog(7).histology(null).build();

        assertThat(validator.validate(input)).extracting(FieldError::field)
                .containsExactly("histology", "nodules", "inr", "ecog");
    }

    @Test
    void errorFieldsAreInputComponentNames() {
        PatientInput empty = new PatientInput(null, null, null, null, PortalVeinGrade.VP1, null, null, null, null,
                null, null, null, null, null, null, null, null);
        Set<String> components = Arrays.stream(PatientInput.class.getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toSet());

        assertThat(validator.validate(empty)).extracting(FieldError::field).allMatch(components::contains)
                .containsAll(requiredFields().toList());
    }

    private static PatientInput withoutComponent(PatientInput input, String field) throws ReflectiveOperationException {
        RecordComponent[] components = PatientInput.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = components[i].getName().equals(field) ? null : components[i].getAccessor().invoke(input);
        }
        Constructor<PatientInput> canonical = PatientInput.class.getDeclaredConstructor(types);
        return canonical.newInstance(values);
    }

    private static Arguments invalid(String description, UnaryOperator<PatientInputs.Builder> change, String field,
                                     String message) {
        return Arguments.of(description, change, field, message);
    }

    private static Arguments valid(String description, UnaryOperator<PatientInputs.Builder> change) {
        return Arguments.of(description, change);
    }
}
