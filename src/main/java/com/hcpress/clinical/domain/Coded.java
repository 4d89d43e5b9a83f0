package com.hcpress.clinical.domain;

import java.util.Arrays;

/**
 * An enum constant with a stable external code: the spelling used in case files and forms
 * ("moderate-severe", "PVTT+HVTT", "Vp2"), which Java identifiers cannot carry.
 */
public interface Coded {

    String code();

    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown " + type.getSimpleName() + " code: " + code));
    }
}
