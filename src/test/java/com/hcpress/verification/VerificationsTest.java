package com.hcpress.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.AccountRegistry;
import com.hcpress.content.ListCursor;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.verification.DecisionResult.Outcome;
import com.hcpress.verification.VerificationStatus.State;

@HcpressIntegrationTest
@RecordApplicationEvents
class VerificationsTest {

    @Autowired
    Verifications verifications;
    @Autowired
    AccountRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Submissions submissions;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ApplicationEvents events;

    TestAccounts accounts;

    @BeforeEach
    void accounts() {
        accounts = new TestAccounts(registry);
    }

    @Test
    void aNewUserHasNoStatusUntilTheySubmit() {
        AccountPrincipal reader = accounts.reader();
        assertThat(verifications.status(reader.id())).isEqualTo(new VerificationStatus(State.NONE, null, null));
        assertThat(verifications.latest(reader.id())).isEmpty();

        SubmissionResult result = verifications.submit(reader.id(), TestAccounts.nurseForm(), TestImages.smallJpeg());

        assertThat(result.succeeded()).isTrue();
        assertThat(verifications.status(reader.id())).isEqualTo(new VerificationStatus(State.PENDING, null, result.submissionId()));
        SubmissionView latest = verifications.latest(reader.id()).orElseThrow();
        assertThat(latest.licenceNumber()).isEqualTo("NUR-2024-0001");
        assertThat(latest.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(verifications.waiting(Optional.of(new ListCursor(latest.submittedAt().toString(), latest.id() - 1))).rows())
                .extracting(SubmissionView::id).startsWith(result.submissionId());
        assertThat(auditActions(result.submissionId())).containsExactly("verification.submitted");
    }

    @Test
    void anInvalidFormStoresNothingEvenWithAGoodPhoto() {
        AccountPrincipal reader = accounts.reader();
        long[] before = storedRows();
        ProfileForm bad = new ProfileForm(null, " ", "医院", "科".repeat(51), "护师", "12 3");

        SubmissionResult result = verifications.submit(reader.id(), bad, TestImages.smallPng());

        assertThat(result.succeeded()).isFalse();
        assertThat(result.errors()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "profession", "profile.profession.required",
                "realName", "profile.realName.required",
                "department", "profile.department.size",
                "licenceNumber", "profile.licenceNumber.pattern"));
        assertThat(storedRows()).isEqualTo(before);
    }

    @Test
    void aBadPhotoStoresNothingAndSaysWhy() {
        AccountPrincipal reader = accounts.reader();
        long[] before = storedRows();

        SubmissionResult result = verifications.submit(reader.id(), TestAccounts.nurseForm(), TestImages.truncatedPng());

        assertThat(result.errors()).containsExactly(java.util.Map.entry("photo", "profile.photo.unreadable"));
        assertThat(storedRows()).isEqualTo(before);
        assertThat(verifications.status(reader.id()).state()).isEqualTo(State.NONE);
    }

    @Test
    void aPendingOrApprovedUserCannotSubmitAgain() {
        AccountPrincipal reader = accounts.reader();
        long first = verifications.submit(reader.id(), TestAccounts.nurseForm(), TestImages.smallJpeg()).submissionId();
        long[] before = storedRows();

        assertThat(verifications.submit(reader.id(), TestAccounts.nurseForm(), TestImages.smallJpeg()).errors())
                .containsEntry(SubmissionResult.FORM, "profile.error.pending");
        verifications.approve(accounts.reviewer().id(), first);
        assertThat(verifications.submit(reader.id(), TestAccounts.nurseForm(), TestImages.smallJpeg()).errors())
                .containsEntry(SubmissionResult.FORM, "profile.error.approved");
        assertThat(storedRows()).isEqualTo(before);
    }

    @Test
    void aRejectedUserResubmitsAndEveryAttemptIsKept() {
        AccountPrincipal reader = accounts.reader();
        AccountPrincipal reviewer = accounts.reviewer();
        long first = verifications.submit(reader.id(), TestAccounts.nurseForm(), TestImages.smallJpeg()).submissionId();

        assertThat(verifications.reject(reviewer.id(), first, "证书照片不清晰").outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(verifications.status(reader.id())).isEqualTo(new VerificationStatus(State.REJECTED, "证书照片不清晰", first));
        assertThat(events.stream(SubmissionRejected.class)).anyMatch(e -> e.submissionId() == first);

        long second = verifications.submit(reader.id(), TestAccounts.nurseForm(), TestImages.smallPng()).submissionId();
        assertThat(verifications.status(reader.id()).state()).isEqualTo(State.PENDING);
        assertThat(verifications.approve(reviewer.id(), second).outcome()).isEqualTo(Outcome.APPROVED);

        assertThat(verifications.status(reader.id())).isEqualTo(new VerificationStatus(State.APPROVED, null, second));
        assertThat(verifications.history(reader.id())).extracting(SubmissionView::id, SubmissionView::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(second, SubmissionStatus.APPROVED),
                        org.assertj.core.groups.Tuple.tuple(first, SubmissionStatus.REJECTED));
        assertThat(auditRows(first)).containsExactly("verification.submitted|null|SUBMITTED|" + reader.id(),
                "verification.rejected|SUBMITTED|REJECTED|" + reviewer.id());
        assertThat(auditRows(second)).last().isEqualTo("verification.approved|SUBMITTED|APPROVED|" + reviewer.id());
    }

    @Test
    void decisionsThatCannotBeMadeSayWhy() {
        AccountPrincipal reviewer = accounts.reviewer();
        long own = verifications.submit(reviewer.id(), TestAccounts.nurseForm(), TestImages.smallJpeg()).submissionId();

        assertThat(verifications.approve(reviewer.id(), own).outcome()).isEqualTo(Outcome.OWN_SUBMISSION);
        assertThat(verifications.reject(reviewer.id(), own, "mine").outcome()).isEqualTo(Outcome.OWN_SUBMISSION);
        assertThat(verifications.reject(accounts.reviewer().id(), own, "  ").outcome()).isEqualTo(Outcome.REASON_INVALID);
        assertThat(verifications.approve(reviewer.id(), Long.MAX_VALUE).outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(verifications.status(reviewer.id()).state()).isEqualTo(State.PENDING);
        assertThat(auditActions(own)).containsExactly("verification.submitted");

        assertThat(verifications.approve(accounts.reviewer().id(), own).decided()).isTrue();
        assertThat(verifications.approve(accounts.reviewer().id(), own).outcome()).isEqualTo(Outcome.ALREADY_DECIDED);
    }

    @Test
    void twoReviewersDecidingAtOnceExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                AccountPrincipal reader = accounts.reader();
                long id = verifications.submit(reader.id(), TestAccounts.nurseForm(), TestImages.smallJpeg()).submissionId();
                long approver = accounts.reviewer().id();
                long rejecter = accounts.reviewer().id();
                CyclicBarrier start = new CyclicBarrier(2);
                List<Callable<DecisionResult>> decisions = List.of(
                        () -> { start.await(); return verifications.approve(approver, id); },
                        () -> { start.await(); return verifications.reject(rejecter, id, "机构无法核实"); });
                List<DecisionResult> results = new ArrayList<>();
                for (Future<DecisionResult> future : pool.invokeAll(decisions, 30, TimeUnit.SECONDS)) {
                    results.add(future.get());
                }

                assertThat(results).filteredOn(DecisionResult::decided).hasSize(1);
                assertThat(results).filteredOn(r -> !r.decided()).singleElement()
                        .extracting(DecisionResult::outcome).isEqualTo(Outcome.ALREADY_DECIDED);
                Outcome winner = results.stream().filter(DecisionResult::decided).findFirst().orElseThrow().outcome();
                State expected = winner == Outcome.APPROVED ? State.APPROVED : State.REJECTED;
                assertThat(verifications.status(reader.id()).state()).isEqualTo(expected);
                assertThat(auditActions(id)).hasSize(2);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theVersionRefusesADecisionTakenOnAStaleRead() {
        long id = verifications.submit(accounts.reader().id(), TestAccounts.nurseForm(), TestImages.smallJpeg()).submissionId();
        long first = accounts.reviewer().id();
        long second = accounts.reviewer().id();
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        TransactionTemplate inner = new TransactionTemplate(transactionManager);
        inner.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> transactions.executeWithoutResult(tx -> {
            Submission stale = submissions.findById(id).orElseThrow();
            inner.executeWithoutResult(other -> submissions.findById(id).orElseThrow().approve(first));
            stale.reject(second, "late");
            submissions.saveAndFlush(stale);
        }));

        assertThat(thrown).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(verifications.submission(id).orElseThrow().status()).isEqualTo(SubmissionStatus.APPROVED);
    }

    private long[] storedRows() {
        return new long[] {
                jdbc.sql("select count(*) from licence_photo").query(Long.class).single(),
                jdbc.sql("select count(*) from verification_submission").query(Long.class).single()};
    }

    private List<String> auditActions(long submissionId) {
        return jdbc.sql("select action from audit_log where subject = ? order by id")
                .param("submission:" + submissionId).query(String.class).list();
    }

    private List<String> auditRows(long submissionId) {
        return jdbc.sql("select action || '|' || coalesce(before, 'null') || '|' || after || '|' || actor_id"
                        + " from audit_log where subject = ? order by id")
                .param("submission:" + submissionId).query(String.class).list();
    }
}
