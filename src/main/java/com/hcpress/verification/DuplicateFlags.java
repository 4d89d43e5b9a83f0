package com.hcpress.verification;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds other accounts' submissions with the same licence number (typed, whatever their status)
 * or a nearly identical photo: Hamming distance of the 64-bit perceptual hashes at most
 * {@code hcpress.verification.duplicate-photo-distance} (measured in docs/benchmarks.md). Photos
 * deleted by retention have lost their hash too, so they are compared no more.
 */
@Component
class DuplicateFlags {

    private static final int MAX_FLAGS = 20;

    private final JdbcClient jdbc;
    private final int maxPhotoDistance;

    DuplicateFlags(JdbcClient jdbc, @Value("${hcpress.verification.duplicate-photo-distance:6}") int maxPhotoDistance) {
        this.jdbc = jdbc;
        this.maxPhotoDistance = maxPhotoDistance;
    }

    List<DuplicateFlag> of(SubmissionView submission) {
        List<DuplicateFlag> flags = new ArrayList<>(jdbc.sql("""
                        select id, user_id, status from verification_submission
                         where licence_number = :number and user_id <> :user
                         order by id desc limit :max""")
                .param("number", submission.licenceNumber()).param("user", submission.userId()).param("max", MAX_FLAGS)
                .query((rs, n) -> new DuplicateFlag(DuplicateFlag.Kind.SAME_LICENCE_NUMBER, rs.getLong("id"),
                        rs.getLong("user_id"), SubmissionStatus.valueOf(rs.getString("status")), null))
                .list());
        flags.addAll(jdbc.sql("""
                        select s.id, s.user_id, s.status, bit_count((p.perceptual_hash # mine.perceptual_hash)::bit(64)) as distance
                          from licence_photo mine, licence_photo p
                          join verification_submission s on s.licence_photo_id = p.id
                         where mine.id = :photo and mine.perceptual_hash is not null and p.perceptual_hash is not null
                           and p.owner_user_id <> mine.owner_user_id and p.deleted_at is null
                           and bit_count((p.perceptual_hash # mine.perceptual_hash)::bit(64)) <= :max_distance
                         order by distance, s.id desc limit :max""")
                .param("photo", submission.licencePhotoId()).param("max_distance", maxPhotoDistance).param("max", MAX_FLAGS)
                .query((rs, n) -> new DuplicateFlag(DuplicateFlag.Kind.SIMILAR_PHOTO, rs.getLong("id"),
                        rs.getLong("user_id"), SubmissionStatus.valueOf(rs.getString("status")), rs.getInt("distance")))
                .list());
        return flags;
    }
}
