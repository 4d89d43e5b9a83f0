package com.hcpress.clinical.domain;

public enum Histology implements Coded {
    /** Hepatocellular carcinoma. */
    HCC,
    /** Intrahepatic cholangiocarcinoma: CNLC, BCLC and up-to-seven do not apply (docs/clinical-rules.md, Rules, R6). */
    ICC;

    @Override
    public String code() {
        return name();
    }
}
