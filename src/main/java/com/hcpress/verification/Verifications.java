package com.hcpress.verification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.Role;
import com.hcpress.audit.AuditLog;
import com.hcpress.content.ListCursor;
import com.hcpress.content.ListPage;

/**
 * HCP verification as the rest of HCPress uses it: a user's status for the gate, submitting a
 * profile with a licence photo, and reviewers' decisions.
 */
@Service
public class Verifications {

    public static final int MAX_REJECTION_REASON_LENGTH = 500;

    private final Submissions submissions;
    private final LicencePhotos photos;
    private final LatestStatusQuery latestStatus;
    private final LicencePhotoSanitiser sanitiser;
    private final Validator validator;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;
    private final PhotoFingerprints fingerprints;
    private final LicenceReadingJobs readingJobs;
    private final LicenceReadings readings;
    private final DuplicateFlags duplicates;
    private final ApplicationEventPublisher events;
    private final ReviewClaims claims;
    private final FieldRejections fieldRejections;
    private final ReasonTemplates templates;
    private final MessageSource messages;
    private final JdbcClient jdbc;

    Verifications(Submissions submissions, LicencePhotos photos, LatestStatusQuery latestStatus,
                  LicencePhotoSanitiser sanitiser, Validator validator, AuditLog audit,
                  PlatformTransactionManager transactionManager, PhotoFingerprints fingerprints,
                  LicenceReadingJobs readingJobs, LicenceReadings readings, DuplicateFlags duplicates,
                  ApplicationEventPublisher events, ReviewClaims claims, FieldRejections fieldRejections,
                  ReasonTemplates templates, MessageSource messages, JdbcClient jdbc) {
        this.submissions = submissions;
        this.photos = photos;
        this.latestStatus = latestStatus;
        this.sanitiser = sanitiser;
        this.validator = validator;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.fingerprints = fingerprints;
        this.readingJobs = readingJobs;
        this.readings = readings;
        this.duplicates = duplicates;
        this.events = events;
        this.claims = claims;
        this.fieldRejections = fieldRejections;
        this.templates = templates;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    /** Where the user stands, from their latest submission; one indexed query. */
    public VerificationStatus status(long userId) {
        return latestStatus.statusOf(userId);
    }

    /** {@link #status}, with when an approval in force ends by age, in the same single query. */
    public VerificationStanding standing(long userId) {
        return latestStatus.standingOf(userId);
    }

    public Optional<SubmissionView> latest(long userId) {
        return history(userId).stream().findFirst();
    }

    /** Every submission of the user, newest first. */
    public List<SubmissionView> history(long userId) {
        return read(() -> submissions.findByUserIdOrderByIdDesc(userId).stream().map(Submission::toView).toList());
    }

    public Optional<SubmissionView> submission(long submissionId) {
        return read(() -> submissions.findById(submissionId).map(Submission::toView));
    }

    /**
     * One page of the reviewers' queue, {@link ListCursor#PAGE} submissions waiting for a decision,
     * oldest first, read by key from where {@code after} left off (the time sent and the id).
     */
    public ListPage<SubmissionView> waiting(Optional<ListCursor> after) {
        Limit limit = Limit.of(ListCursor.PAGE + 1);
        List<SubmissionView> found = read(() -> after
                .map(cursor -> submissions.findAfter(SubmissionStatus.SUBMITTED, Instant.parse(cursor.sortValue()),
                        cursor.id(), limit))
                .orElseGet(() -> submissions.findByStatusOrderBySubmittedAtAscIdAsc(SubmissionStatus.SUBMITTED, limit))
                .stream().map(Submission::toView).toList());
        if (found.size() <= ListCursor.PAGE) {
            return new ListPage<>(found, null);
        }
        List<SubmissionView> shown = List.copyOf(found.subList(0, ListCursor.PAGE));
        SubmissionView last = shown.get(shown.size() - 1);
        return new ListPage<>(shown, new ListCursor(last.submittedAt().toString(), last.id()));
    }

    /** How many submissions wait for a decision. */
    public long waitingCount() {
        return read(() -> submissions.countByStatus(SubmissionStatus.SUBMITTED));
    }

    /** The submission after this one in the queue; for one not waiting, the first of the queue. */
    public Optional<Long> nextWaiting(SubmissionView submission) {
        Limit one = Limit.of(1);
        return read(() -> (submission.status() == SubmissionStatus.SUBMITTED
                ? submissions.findAfter(SubmissionStatus.SUBMITTED, submission.submittedAt(), submission.id(), one)
                : submissions.findByStatusOrderBySubmittedAtAscIdAsc(SubmissionStatus.SUBMITTED, one))
                .stream().map(Submission::id).findFirst());
    }

    /** The submission before this one in the queue; none for one not waiting. */
    public Optional<Long> previousWaiting(SubmissionView submission) {
        if (submission.status() != SubmissionStatus.SUBMITTED) {
            return Optional.empty();
        }
        return read(() -> submissions.findBefore(SubmissionStatus.SUBMITTED, submission.submittedAt(), submission.id(),
                Limit.of(1)).stream().map(Submission::id).findFirst());
    }

    /**
     * Checks the photo (decoding and re-encoding it outside any transaction) and the form, then
     * stores both in one transaction, or nothing at all when anything is wrong. {@code photo} is
     * null when the user chose no file. After a rejection that marked fields, only those fields
     * are taken from {@code typed}, the rest from the rejected submission, and its photo is kept
     * (copied) unless the photo was marked.
     */
    public SubmissionResult submit(long userId, ProfileForm typed, byte[] photo) {
        Objects.requireNonNull(typed, "typed");
        Optional<Correction> correction = correction(userId);
        ProfileForm form = correction.map(c -> c.merge(typed)).orElse(typed);
        boolean photoAsked = correction.map(Correction::asksForPhoto).orElse(true);
        Map<String, String> errors = new HashMap<>();
        SanitisedPhoto sanitised = null;
        if (photoAsked) {
            try {
                sanitised = sanitiser.sanitise(photo);
            } catch (UnacceptablePhotoException e) {
                errors.put("photo", e.messageKey());
            }
        }
        for (ConstraintViolation<ProfileForm> violation : validator.validate(form)) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), messageKey(violation));
        }
        if (!errors.containsKey("licenceNumber")) {
            LicenceNumberFormat.problem(form.profession(), form.licenceNumber()).ifPresent(key -> errors.put("licenceNumber", key));
        }
        if (!errors.isEmpty()) {
            return SubmissionResult.rejected(errors);
        }
        SanitisedPhoto accepted = sanitised;
        Long fingerprint = accepted == null ? null : fingerprints.ofJpeg(accepted.jpeg());
        Long keptPhoto = photoAsked ? null : correction.get().previous().licencePhotoId();
        try {
            return transactions.execute(tx -> store(userId, form, accepted, fingerprint, keptPhoto));
        } catch (DataIntegrityViolationException e) {
            // Two submissions at once: the index allowing one pending submission per user refused the second.
            return SubmissionResult.refused("profile.error.pending");
        }
    }

    private SubmissionResult store(long userId, ProfileForm form, SanitisedPhoto photo, Long fingerprint, Long keptPhoto) {
        VerificationStatus status = status(userId);
        if (!status.maySubmit()) {
            return SubmissionResult.refused(status.state() == VerificationStatus.State.PENDING
                    ? "profile.error.pending" : "profile.error.approved");
        }
        long photoId;
        if (photo != null) {
            photoId = photos.save(new LicencePhoto(userId, photo, fingerprint)).id();
        } else {
            // A copy, so that the rejected submission's photo can be deleted on its own schedule.
            Optional<Long> copied = jdbc.sql("""
                            insert into licence_photo (owner_user_id, content_type, width, height, bytes, perceptual_hash)
                            select owner_user_id, content_type, width, height, bytes, perceptual_hash
                            from licence_photo where id = ? and owner_user_id = ? and deleted_at is null
                            returning id""")
                    .params(keptPhoto, userId).query(Long.class).optional();
            if (copied.isEmpty()) {
                return SubmissionResult.rejected(Map.of("photo", "profile.photo.required"));
            }
            photoId = copied.get();
        }
        long submissionId = submissions.save(new Submission(userId, form, photoId)).id();
        readingJobs.enqueue(submissionId);
        events.publishEvent(new SubmissionStored(submissionId));
        audit.record(userId, "verification.submitted", subject(submissionId), null, SubmissionStatus.SUBMITTED.name());
        return SubmissionResult.created(submissionId);
    }

    /** What the user is asked to correct, when their latest submission was rejected field by field. */
    public Optional<Correction> correction(long userId) {
        return read(() -> submissions.findFirstByUserIdOrderByIdDesc(userId)
                .filter(s -> s.status() == SubmissionStatus.REJECTED)
                .map(Submission::toView)
                .flatMap(previous -> {
                    List<FieldRejection> fields = fieldRejections.of(previous.id());
                    if (fields.isEmpty()) {
                        return Optional.empty();
                    }
                    boolean kept = jdbc.sql("select deleted_at is null from licence_photo where id = ?")
                            .param(previous.licencePhotoId()).query(Boolean.class).optional().orElse(false);
                    return Optional.of(new Correction(previous, fields, kept));
                }));
    }

    /** The fields a rejection marked wrong, in the form's order; empty for a rejection as a whole. */
    public List<FieldRejection> fieldRejections(long submissionId) {
        return read(() -> fieldRejections.of(submissionId));
    }

    public DecisionResult approve(long reviewerId, long submissionId) {
        return decide(reviewerId, submissionId, "verification.approved", DecisionResult.Outcome.APPROVED,
                submission -> submission.approve(reviewerId));
    }

    public DecisionResult reject(long reviewerId, long submissionId, String reason) {
        if (!Submission.isValidReason(reason)) {
            return new DecisionResult(DecisionResult.Outcome.REASON_INVALID);
        }
        return decide(reviewerId, submissionId, "verification.rejected", DecisionResult.Outcome.REJECTED,
                submission -> submission.reject(reviewerId, reason));
    }

    /**
     * Rejects a submission field by field: each marked field with a reason template (enabled) and
     * an optional note. The applicant is asked again for those fields only. The reasons are copied
     * from the templates, so later edits of a template do not change what this applicant was told.
     */
    public DecisionResult rejectFields(long reviewerId, long submissionId, List<FieldMark> marks) {
        if (marks == null || marks.isEmpty()) {
            return new DecisionResult(DecisionResult.Outcome.FIELDS_MISSING);
        }
        Set<ReviewedField> seen = EnumSet.noneOf(ReviewedField.class);
        List<FieldRejection> rejections = new ArrayList<>();
        for (FieldMark mark : marks) {
            if (mark.field() == null || !seen.add(mark.field())) {
                return new DecisionResult(DecisionResult.Outcome.FIELDS_MISSING);
            }
            Optional<ReasonTemplate> template = mark.templateId() == null ? Optional.empty()
                    : read(() -> templates.find(mark.templateId())).filter(ReasonTemplate::enabled);
            if (template.isEmpty()) {
                return new DecisionResult(DecisionResult.Outcome.TEMPLATE_MISSING);
            }
            String note = mark.note() == null || mark.note().isBlank() ? null : mark.note().strip();
            if (note != null && note.length() > FieldMark.MAX_NOTE) {
                return new DecisionResult(DecisionResult.Outcome.NOTE_TOO_LONG);
            }
            rejections.add(new FieldRejection(mark.field(), template.get().textZh(), template.get().textEn(), note));
        }
        rejections.sort((a, b) -> a.field().compareTo(b.field()));
        String summaryZh = summary(rejections, Locale.SIMPLIFIED_CHINESE);
        String summaryEn = summary(rejections, Locale.ENGLISH);
        return decide(reviewerId, submissionId, "verification.rejected", DecisionResult.Outcome.REJECTED, submission -> {
            submission.reject(reviewerId, summaryZh, summaryEn);
            for (FieldRejection rejection : rejections) {
                fieldRejections.save(submissionId, templateOf(marks, rejection.field()), rejection);
            }
        });
    }

    private static Long templateOf(List<FieldMark> marks, ReviewedField field) {
        return marks.stream().filter(m -> m.field() == field).findFirst().map(FieldMark::templateId).orElse(null);
    }

    /** The rejection in one line, for the decision history and the notification: “姓名：原因（说明）；…”. */
    private String summary(List<FieldRejection> rejections, Locale locale) {
        List<String> parts = new ArrayList<>();
        for (FieldRejection rejection : rejections) {
            String label = messages.getMessage(rejection.field().getLabelKey(), null, locale);
            parts.add(rejection.note() == null
                    ? messages.getMessage("review.fields.summary", new Object[] {label, rejection.reason(locale)}, locale)
                    : messages.getMessage("review.fields.summaryWithNote",
                            new Object[] {label, rejection.reason(locale), rejection.note()}, locale));
        }
        String joined = String.join(messages.getMessage("review.fields.separator", null, locale), parts);
        return joined.length() <= MAX_REJECTION_REASON_LENGTH ? joined
                : joined.substring(0, MAX_REJECTION_REASON_LENGTH - 1) + "…";
    }

    /** An administrator ends an approval with a reason; the reader's gate closes within a second. */
    public DecisionResult revoke(long adminId, long submissionId, String reason) {
        if (!Submission.isValidReason(reason)) {
            return new DecisionResult(DecisionResult.Outcome.REASON_INVALID);
        }
        return decide(adminId, submissionId, "verification.revoked", DecisionResult.Outcome.REVOKED,
                submission -> submission.revoke(adminId, reason));
    }

    private DecisionResult decide(long reviewerId, long submissionId, String action, DecisionResult.Outcome success,
                                  Consumer<Submission> decision) {
        try {
            return transactions.execute(tx -> {
                Optional<Submission> found = submissions.findById(submissionId);
                if (found.isEmpty()) {
                    return new DecisionResult(DecisionResult.Outcome.NOT_FOUND);
                }
                Submission submission = found.get();
                String before = submission.status().name();
                decision.accept(submission);
                // Flushing here makes a concurrent decision fail inside this transaction, before the audit entry.
                submissions.saveAndFlush(submission);
                audit.record(reviewerId, action, subject(submissionId), before, submission.status().name());
                return new DecisionResult(success);
            });
        } catch (IllegalDecisionException e) {
            return new DecisionResult(switch (e.kind()) {
                case OWN_SUBMISSION -> DecisionResult.Outcome.OWN_SUBMISSION;
                case CLAIMED_BY_OTHER -> DecisionResult.Outcome.CLAIMED_BY_OTHER;
                case ALREADY_DECIDED -> DecisionResult.Outcome.ALREADY_DECIDED;
            });
        } catch (OptimisticLockingFailureException e) {
            return new DecisionResult(DecisionResult.Outcome.ALREADY_DECIDED);
        }
    }

    /** Claims a pending submission for the reviewer opening it; false when another reviewer holds it. */
    public boolean claim(long reviewerId, long submissionId) {
        return transactions.execute(tx -> claims.claim(submissionId, reviewerId));
    }

    public boolean release(long reviewerId, long submissionId) {
        return transactions.execute(tx -> {
            boolean released = claims.release(submissionId, reviewerId);
            if (released) {
                audit.record(reviewerId, "verification.claim.released", subject(submissionId), null, null);
            }
            return released;
        });
    }

    /** An administrator takes a claim from whoever holds it, audited. */
    public boolean takeOver(long adminId, long submissionId) {
        return transactions.execute(tx -> {
            boolean taken = claims.takeOver(submissionId, adminId);
            if (taken) {
                audit.record(adminId, "verification.claim.takenOver", subject(submissionId), null, null);
            }
            return taken;
        });
    }

    /** What was read on the submission's licence photo, or where its reading stands. */
    public LicenceReadingView reading(long submissionId) {
        return readings.find(submissionId)
                .orElseGet(() -> readingJobs.available() ? LicenceReadingView.WAITING : LicenceReadingView.UNAVAILABLE);
    }

    /** Other accounts' submissions with the same licence number or a nearly identical photo. */
    public List<DuplicateFlag> duplicates(SubmissionView submission) {
        return read(() -> duplicates.of(submission));
    }

    /** A licence photo for this viewer: its owner, or a reviewer or admin; empty for anyone else. */
    public Optional<LicencePhotoFile> photo(long photoId, AccountPrincipal viewer) {
        boolean staff = viewer.hasRole(Role.REVIEWER) || viewer.hasRole(Role.ADMIN);
        return read(() -> photos.findById(photoId)
                .filter(photo -> photo.visibleTo(viewer.id(), staff))
                .map(LicencePhoto::toFile));
    }

    private <T> T read(Supplier<T> query) {
        return readOnly.execute(tx -> query.get());
    }

    private static String subject(long submissionId) {
        return "submission:" + submissionId;
    }

    private static String messageKey(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
    }
}
