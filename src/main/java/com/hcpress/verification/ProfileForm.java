package com.hcpress.verification;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a user tells us about their profession: the minimum a reviewer needs, no ID card number
 * and no birth date. Text is trimmed and blank becomes null, so each field reports one problem.
 * Constraint messages are message keys.
 */
public record ProfileForm(
        @NotNull(message = "{profile.profession.required}")
        Profession profession,

        @NotBlank(message = "{profile.realName.required}")
        @Size(max = 50, message = "{profile.realName.size}")
        String realName,

        @NotBlank(message = "{profile.institution.required}")
        @Size(max = 100, message = "{profile.institution.size}")
        String institution,

        @NotBlank(message = "{profile.department.required}")
        @Size(max = 50, message = "{profile.department.size}")
        String department,

        @NotBlank(message = "{profile.title.required}")
        @Size(max = 50, message = "{profile.title.size}")
        String title,

        // Physicians' certificate codes are 15 digits; nurses', pharmacists' and others' differ.
        @NotBlank(message = "{profile.licenceNumber.required}")
        @Pattern(regexp = "[A-Z0-9-]{6,30}", message = "{profile.licenceNumber.pattern}")
        String licenceNumber) {

    public ProfileForm {
        realName = clean(realName);
        institution = clean(institution);
        department = clean(department);
        title = clean(title);
        licenceNumber = licenceNumber == null ? null : clean(licenceNumber.replaceAll("\\s", "").toUpperCase(Locale.ROOT));
    }

    public static ProfileForm empty() {
        return new ProfileForm(null, null, null, null, null, null);
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
