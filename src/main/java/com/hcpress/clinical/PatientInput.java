package com.hcpress.clinical;

import com.hcpress.clinical.domain.Albumin;
import com.hcpress.clinical.domain.AlbuminUnit;
import com.hcpress.clinical.domain.Ascites;
import com.hcpress.clinical.domain.Bilirubin;
import com.hcpress.clinical.domain.BilirubinUnit;
import com.hcpress.clinical.domain.ChengType;
import com.hcpress.clinical.domain.Encephalopathy;
import com.hcpress.clinical.domain.Histology;
import com.hcpress.clinical.domain.Patient;
import com.hcpress.clinical.domain.PortalVeinGrade;
import com.hcpress.clinical.domain.Resectability;
import com.hcpress.clinical.domain.Tumour;
import com.hcpress.clinical.domain.VascularInvasion;
import com.hcpress.clinical.domain.VascularInvasionType;

/**
 * Patient data as entered, before validation: every component may be missing ({@code null}).
 * {@link PatientInputValidator} names what is wrong; only valid input becomes a {@link Patient}.
 * Laboratory values carry the unit they were entered in; there is no default unit.
 *
 * @param vp    optional LCSGJ grade, only with portal-vein thrombus
 * @param cheng optional Cheng type, only with portal-vein thrombus
 */
public record PatientInput(
        Histology histology,
        Integer nodules,
        Double largestDiameterCm,
        VascularInvasionType vascularInvasion,
        PortalVeinGrade vp,
        ChengType cheng,
        Boolean extrahepaticSpread,
        Double bilirubin,
        BilirubinUnit bilirubinUnit,
        Double albumin,
        AlbuminUnit albuminUnit,
        Double inr,
        Ascites ascites,
        Encephalopathy encephalopathy,
        Integer ecog,
        Boolean recurrent,
        Resectability resectable) {

    /** Only for input {@link PatientInputValidator} accepted. */
    Patient toPatient() {
        return toPatient(recurrent, resectable);
    }

    /**
     * Staging reads neither recurrence nor resectability, which a {@link Patient} must have: any
     * value serves, and these are never shown.
     */
    Patient toPatientForStaging() {
        return toPatient(false, Resectability.NO);
    }

    private Patient toPatient(boolean recurrence, Resectability resectability) {
        return new Patient(
                histology,
                tumour(),
                new VascularInvasion(vascularInvasion, vp, cheng),
                extrahepaticSpread,
                bilirubinAmount(),
                albuminAmount(),
                inr,
                ascites,
                encephalopathy,
                ecog,
                recurrence,
                resectability);
    }

    Tumour tumour() {
        return Tumour.of(nodules, largestDiameterCm);
    }

    Bilirubin bilirubinAmount() {
        return Bilirubin.of(bilirubin, bilirubinUnit);
    }

    Albumin albuminAmount() {
        return Albumin.of(albumin, albuminUnit);
    }
}
