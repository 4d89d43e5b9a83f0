package com.hcpress.clinical;

import com.hcpress.clinical.score.ChildPugh;
import com.hcpress.clinical.staging.BclcStaging;
import com.hcpress.clinical.staging.CnlcStage;

import java.util.Objects;

/** CNLC and BCLC stages, with the Child-Pugh score both rest on and BCLC's conventions as flags. */
public record Staging(ChildPugh childPugh, CnlcStage cnlcStage, BclcStaging bclc) {

    public Staging {
        Objects.requireNonNull(childPugh, "childPugh");
        Objects.requireNonNull(cnlcStage, "cnlcStage");
        Objects.requireNonNull(bclc, "bclc");
    }
}
