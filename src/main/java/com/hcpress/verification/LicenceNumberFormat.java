package com.hcpress.verification;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The licence number's format by profession, where one is published: the physicians' 医师执业证书
 * code is 15 digits. Nurses', pharmacists' and other numbers stay free text (the general pattern
 * of {@link ProfileForm}): what was found published about them disagrees, see docs/reviewing.md.
 */
public final class LicenceNumberFormat {

    private static final Pattern PHYSICIANS_CODE = Pattern.compile("[0-9]{15}");

    private LicenceNumberFormat() {
    }

    /** The message key of what is wrong with {@code number} for {@code profession}, if anything. */
    public static Optional<String> problem(Profession profession, String number) {
        if (profession == Profession.DOCTOR && number != null && !PHYSICIANS_CODE.matcher(number).matches()) {
            return Optional.of("profile.licenceNumber.doctor");
        }
        return Optional.empty();
    }
}
