package com.hcpress.clinical;

import com.hcpress.clinical.domain.AlbuminUnit;
import com.hcpress.clinical.domain.Ascites;
import com.hcpress.clinical.domain.BilirubinUnit;
import com.hcpress.clinical.domain.ChengType;
import com.hcpress.clinical.domain.Encephalopathy;
import com.hcpress.clinical.domain.Histology;
import com.hcpress.clinical.domain.Patient;
import com.hcpress.clinical.domain.PortalVeinGrade;
import com.hcpress.clinical.domain.Resectability;
import com.hcpress.clinical.domain.VascularInvasionType;

/**
 * Test data builder. Starts from an unresectable intermediate HCC with compensated cirrhosis
 * (3 nodules, largest 3.8 cm, Child-Pugh A5, ECOG 0: case P01) and changes only what a test names.
 */
public final class PatientInputs {

    private PatientInputs() {
    }

    public static Builder intermediateHcc() {
        return new Builder();
    }

    public static final class Builder {
        private Histology histology = Histology.HCC;
        private Integer nodules = 3;
        private Double largestDiameterCm = 3.8;
        private VascularInvasionType vascularInvasion = VascularInvasionType.NONE;
        private PortalVeinGrade vp;
        private ChengType cheng;
        private Boolean extrahepaticSpread = false;
        private Double bilirubin = 0.9;
        private BilirubinUnit bilirubinUnit = BilirubinUnit.MG_PER_DL;
        private Double albumin = 4.1;
        private AlbuminUnit albuminUnit = AlbuminUnit.G_PER_DL;
        private Double inr = 1.1;
        private Ascites ascites = Ascites.NONE;
        private Encephalopathy encephalopathy = Encephalopathy.NONE;
        private Integer ecog = 0;
        private Boolean recurrent = false;
        private Resectability resectable = Resectability.NO;

        public Builder histology(Histology value) {
            histology = value;
            return this;
        }

        public Builder icc() {
            return histology(Histology.ICC);
        }

        public Builder nodules(Integer value) {
            nodules = value;
            return this;
        }

        public Builder largestDiameterCm(Double value) {
            largestDiameterCm = value;
            return this;
        }

        public Builder tumour(int nodules, double largestDiameterCm) {
            return nodules(nodules).largestDiameterCm(largestDiameterCm);
        }

        public Builder vascularInvasion(VascularInvasionType value) {
            vascularInvasion = value;
            return this;
        }

        public Builder vp(PortalVeinGrade value) {
            vp = value;
            return this;
        }

        public Builder cheng(ChengType value) {
            cheng = value;
            return this;
        }

        public Builder pvtt(PortalVeinGrade grade, ChengType type) {
            return vascularInvasion(VascularInvasionType.PVTT).vp(grade).cheng(type);
        }

        public Builder extrahepaticSpread(Boolean value) {
            extrahepaticSpread = value;
            return this;
        }

        public Builder bilirubin(Double value, BilirubinUnit unit) {
            bilirubin = value;
            bilirubinUnit = unit;
            return this;
        }

        public Builder albumin(Double value, AlbuminUnit unit) {
            albumin = value;
            albuminUnit = unit;
            return this;
        }

        public Builder inr(Double value) {
            inr = value;
            return this;
        }

        public Builder ascites(Ascites value) {
            ascites = value;
            return this;
        }

        public Builder encephalopathy(Encephalopathy value) {
            encephalopathy = value;
            return this;
        }

        /** Bilirubin 2.5 mg/dL and albumin 3.0 g/dL: 2 points each, so Child-Pugh B7. */
        public Builder childPughB7() {
            return bilirubin(2.5, BilirubinUnit.MG_PER_DL).albumin(3.0, AlbuminUnit.G_PER_DL)
                    .inr(1.1).ascites(Ascites.NONE).encephalopathy(Encephalopathy.NONE);
        }

        /** B7 plus slight ascites. */
        public Builder childPughB8() {
            return childPughB7().ascites(Ascites.SLIGHT);
        }

        /** Bilirubin 3.5, albumin 2.5, INR 2.0, moderate ascites: 3+3+2+3+1 = C12. */
        public Builder childPughC() {
            return bilirubin(3.5, BilirubinUnit.MG_PER_DL).albumin(2.5, AlbuminUnit.G_PER_DL)
                    .inr(2.0).ascites(Ascites.MODERATE_SEVERE).encephalopathy(Encephalopathy.NONE);
        }

        public Builder ecog(Integer value) {
            ecog = value;
            return this;
        }

        public Builder recurrent(Boolean value) {
            recurrent = value;
            return this;
        }

        public Builder resectable(Resectability value) {
            resectable = value;
            return this;
        }

        public PatientInput build() {
            return new PatientInput(histology, nodules, largestDiameterCm, vascularInvasion, vp, cheng,
                    extrahepaticSpread, bilirubin, bilirubinUnit, albumin, albuminUnit, inr, ascites,
                    encephalopathy, ecog, recurrent, resectable);
        }

        /** The validated patient; fails the test if the input is invalid. */
        public Patient patient() {
            PatientInput input = build();
            var errors = new PatientInputValidator().validate(input);
            if (!errors.isEmpty()) {
                throw new AssertionError("Fixture input is invalid: " + errors);
            }
            return input.toPatient();
        }
    }
}
