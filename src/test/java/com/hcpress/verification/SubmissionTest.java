package com.hcpress.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubmissionTest {

    static final long OWNER = 1;
    static final long REVIEWER = 2;
    static final ProfileForm FORM = new ProfileForm(Profession.NURSE, "李护士", "第一人民医院", "肝胆外科", "主管护师", "NUR-2024-0001");

    private final Submission submission = new Submission(OWNER, FORM, 10);

    @Test
    void startsSubmittedAndIsApprovedByAReviewer() {
        assertThat(submission.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        submission.approve(REVIEWER);
        assertThat(submission.status()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(submission.decidedBy()).isEqualTo(REVIEWER);
        assertThat(submission.rejectionReason()).isNull();
    }

    @Test
    void isRejectedWithItsReason() {
        submission.reject(REVIEWER, "  照片不清晰  ");
        assertThat(submission.status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(submission.rejectionReason()).isEqualTo("照片不清晰");
    }

    @Test
    void aDecidedSubmissionCannotBeDecidedAgain() {
        submission.approve(REVIEWER);
        assertThatThrownBy(() -> submission.approve(3)).isInstanceOf(IllegalDecisionException.class)
                .hasMessageContaining("already APPROVED");
        assertThatThrownBy(() -> submission.reject(3, "too late")).isInstanceOf(IllegalDecisionException.class);

        Submission rejected = new Submission(OWNER, FORM, 11);
        rejected.reject(REVIEWER, "no");
        assertThatThrownBy(() -> rejected.approve(3))
                .isInstanceOfSatisfying(IllegalDecisionException.class,
                        e -> assertThat(e.kind()).isEqualTo(IllegalDecisionException.Kind.ALREADY_DECIDED));
    }

    @Test
    void nobodyDecidesTheirOwnSubmission() {
        assertThatThrownBy(() -> submission.approve(OWNER))
                .isInstanceOfSatisfying(IllegalDecisionException.class,
                        e -> assertThat(e.kind()).isEqualTo(IllegalDecisionException.Kind.OWN_SUBMISSION));
        assertThatThrownBy(() -> submission.reject(OWNER, "mine")).isInstanceOf(IllegalDecisionException.class);
        assertThat(submission.status()).isEqualTo(SubmissionStatus.SUBMITTED);
    }

    @Test
    void aRejectionNeedsAReasonOfAtMostFiveHundredCharacters() {
        assertThatThrownBy(() -> submission.reject(REVIEWER, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> submission.reject(REVIEWER, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> submission.reject(REVIEWER, "x".repeat(501))).isInstanceOf(IllegalArgumentException.class);
        assertThat(submission.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        submission.reject(REVIEWER, "x".repeat(500));
        assertThat(submission.status()).isEqualTo(SubmissionStatus.REJECTED);
    }

    @Test
    void theFormIsTrimmedAndTheLicenceNumberNormalised() {
        ProfileForm form = new ProfileForm(Profession.DOCTOR, "  王医生 ", " ", null, "主任医师", " 1101 0520 0000 001 ");
        assertThat(form.realName()).isEqualTo("王医生");
        assertThat(form.institution()).isNull();
        assertThat(form.licenceNumber()).isEqualTo("110105200000001");
        assertThat(new ProfileForm(null, null, null, null, null, "abc-def").licenceNumber()).isEqualTo("ABC-DEF");
    }
}
