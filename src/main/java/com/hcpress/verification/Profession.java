package com.hcpress.verification;

public enum Profession {
    DOCTOR, NURSE, PHARMACIST, TECHNICIAN, OTHER
}
