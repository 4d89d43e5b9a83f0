package com.hcpress.verification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Submissions extends JpaRepository<Submission, Long> {

    List<Submission> findByUserIdOrderByIdDesc(long userId);

    Optional<Submission> findFirstByUserIdOrderByIdDesc(long userId);

    List<Submission> findByStatusOrderBySubmittedAtAscIdAsc(SubmissionStatus status);
}
