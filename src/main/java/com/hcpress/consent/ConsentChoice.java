package com.hcpress.consent;

public enum ConsentChoice {
    AGREED, REJECTED, WITHDRAWN
}
