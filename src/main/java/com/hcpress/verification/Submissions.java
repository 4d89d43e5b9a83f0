package com.hcpress.verification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Submissions extends JpaRepository<Submission, Long> {

    List<Submission> findByUserIdOrderByIdDesc(long userId);

    Optional<Submission> findFirstByUserIdOrderByIdDesc(long userId);

    List<Submission> findByStatusOrderBySubmittedAtAscIdAsc(SubmissionStatus status, Limit limit);

    /** In the queue's order (oldest first), those after the submission sent at {@code at} with {@code id}. */
    @Query("""
            select s from Submission s where s.status = :status
               and (s.submittedAt > :at or (s.submittedAt = :at and s.id > :id))
             order by s.submittedAt asc, s.id asc""")
    List<Submission> findAfter(SubmissionStatus status, Instant at, long id, Limit limit);

    /** In the queue's reverse order, those before the submission sent at {@code at} with {@code id}. */
    @Query("""
            select s from Submission s where s.status = :status
               and (s.submittedAt < :at or (s.submittedAt = :at and s.id < :id))
             order by s.submittedAt desc, s.id desc""")
    List<Submission> findBefore(SubmissionStatus status, Instant at, long id, Limit limit);

    long countByStatus(SubmissionStatus status);
}
