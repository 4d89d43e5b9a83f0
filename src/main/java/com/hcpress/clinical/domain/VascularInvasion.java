package com.hcpress.clinical.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Macrovascular invasion with the optional portal-vein grades (docs/clinical-rules.md, Vascular invasion).
 *
 * @param vp    LCSGJ grade, or {@code null} when not reported; only meaningful with portal involvement
 * @param cheng Cheng's type, or {@code null} when not reported; only meaningful with portal involvement
 */
public record VascularInvasion(VascularInvasionType type, PortalVeinGrade vp, ChengType cheng) {

    private static final VascularInvasion NONE = new VascularInvasion(VascularInvasionType.NONE, null, null);

    public VascularInvasion {
        Objects.requireNonNull(type, "type");
        if (!type.involvesPortalVein() && (vp != null || cheng != null)) {
            throw new IllegalArgumentException("A portal-vein grade needs portal-vein thrombus, not " + type.code());
        }
    }

    public static VascularInvasion none() {
        return NONE;
    }

    public static VascularInvasion of(VascularInvasionType type) {
        return new VascularInvasion(type, null, null);
    }

    public boolean isPresent() {
        return type != VascularInvasionType.NONE;
    }

    public Optional<PortalVeinGrade> portalVeinGrade() {
        return Optional.ofNullable(vp);
    }

    public Optional<ChengType> chengType() {
        return Optional.ofNullable(cheng);
    }

    /** Vp1/Vp2: the PVTT extent the article reports TALENTACE enrolled (docs/clinical-rules.md, Rules, R4). */
    public boolean isPeripheralPortal() {
        return vp == PortalVeinGrade.VP1 || vp == PortalVeinGrade.VP2;
    }

    /** Vp4 or Cheng III–IV: conventional TACE is relatively contraindicated (docs/clinical-rules.md, Rules, R4). */
    public boolean isMainTrunkPortal() {
        return vp == PortalVeinGrade.VP4 || cheng == ChengType.III || cheng == ChengType.IV;
    }
}
