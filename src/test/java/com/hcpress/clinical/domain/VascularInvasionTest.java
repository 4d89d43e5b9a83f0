package com.hcpress.clinical.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class VascularInvasionTest {

    @ParameterizedTest(name = "{0} vp={1} cheng={2}: peripheral {3}, main trunk {4}")
    @CsvSource(nullValues = "-", value = {
            "PVTT,          VP1, I,   true,  false",
            "PVTT,          VP2, I,   true,  false",
            "PVTT,          VP3, II,  false, false",
            "PVTT,          VP4, III, false, true",
            "PVTT,          -,   III, false, true",
            "PVTT,          -,   IV,  false, true",
            "PVTT,          -,   I,   false, false",
            "PVTT_AND_HVTT, VP2, -,   true,  false",
            "PVTT_AND_HVTT, VP4, -,   false, true"})
    void gradesPortalThrombusExtent(VascularInvasionType type, PortalVeinGrade vp, ChengType cheng,
                                    boolean peripheral, boolean mainTrunk) {
        VascularInvasion invasion = new VascularInvasion(type, vp, cheng);

        assertThat(invasion.isPeripheralPortal()).isEqualTo(peripheral);
        assertThat(invasion.isMainTrunkPortal()).isEqualTo(mainTrunk);
    }

    @ParameterizedTest
    @EnumSource(value = VascularInvasionType.class, names = {"NONE", "HVTT", "IVC"})
    void portalGradesNeedPortalThrombus(VascularInvasionType type) {
        assertThatIllegalArgumentException().isThrownBy(() -> new VascularInvasion(type, PortalVeinGrade.VP2, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new VascularInvasion(type, null, ChengType.I));
    }

    @ParameterizedTest(name = "{0}: portal {1}, hepatic vein or cava {2}")
    @CsvSource({
            "NONE,          false, false",
            "PVTT,          true,  false",
            "HVTT,          false, true",
            "PVTT_AND_HVTT, true,  true",
            "IVC,           false, true"})
    void typesTellWhichVeinsAreInvolved(VascularInvasionType type, boolean portal, boolean hepaticOrCava) {
        assertThat(type.involvesPortalVein()).isEqualTo(portal);
        assertThat(type.involvesHepaticVeinOrCava()).isEqualTo(hepaticOrCava);
        assertThat(VascularInvasion.of(type).isPresent()).isEqualTo(type != VascularInvasionType.NONE);
    }
}
