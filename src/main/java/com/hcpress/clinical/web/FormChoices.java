package com.hcpress.clinical.web;

import static java.util.Map.entry;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.hcpress.clinical.domain.AlbuminUnit;
import com.hcpress.clinical.domain.Ascites;
import com.hcpress.clinical.domain.BilirubinUnit;
import com.hcpress.clinical.domain.ChengType;
import com.hcpress.clinical.domain.Coded;
import com.hcpress.clinical.domain.Encephalopathy;
import com.hcpress.clinical.domain.Histology;
import com.hcpress.clinical.domain.Patient;
import com.hcpress.clinical.domain.PortalVeinGrade;
import com.hcpress.clinical.domain.Resectability;
import com.hcpress.clinical.domain.VascularInvasionType;

/**
 * The options of each choice field, keyed by {@code PatientInput} component. A choice is shown by
 * its message ({@code clinical.choice.<field>.<code>}), or by its symbol where the symbol is the
 * same in every language (units, Vp and Cheng grades).
 */
final class FormChoices {

    static final Map<String, List<Choice>> BY_FIELD = Map.ofEntries(
            entry("histology", described("histology", Histology.class)),
            entry("vascularInvasion", described("vascularInvasion", VascularInvasionType.class)),
            entry("vp", symbols(PortalVeinGrade.class)),
            entry("cheng", symbols(ChengType.class)),
            entry("bilirubinUnit", Arrays.stream(BilirubinUnit.values())
                    .map(unit -> new Choice(unit.code(), null, unit.symbol())).toList()),
            entry("albuminUnit", Arrays.stream(AlbuminUnit.values())
                    .map(unit -> new Choice(unit.code(), null, unit.symbol())).toList()),
            entry("ascites", described("ascites", Ascites.class)),
            entry("encephalopathy", described("encephalopathy", Encephalopathy.class)),
            entry("ecog", IntStream.rangeClosed(Patient.ECOG_MIN, Patient.ECOG_MAX)
                    .mapToObj(score -> new Choice(String.valueOf(score), "clinical.choice.ecog." + score, null))
                    .toList()),
            entry("resectable", described("resectable", Resectability.class)));

    private FormChoices() {
    }

    /**
     * @param messageKey the label's message, or {@code null} to show {@code symbol}
     */
    record Choice(String code, String messageKey, String symbol) {
    }

    private static <E extends Enum<E> & Coded> List<Choice> described(String field, Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> new Choice(constant.code(), "clinical.choice." + field + "." + constant.code(), null))
                .toList();
    }

    private static <E extends Enum<E> & Coded> List<Choice> symbols(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> new Choice(constant.code(), null, constant.code()))
                .toList();
    }
}
