package com.hcpress.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Articles extends JpaRepository<Article, Long> {

    Optional<Article> findBySlug(String slug);

    @Query("select new com.hcpress.content.ArticleListing(a.id, a.slug, a.title, a.zoneId, a.status)"
            + " from Article a where a.id in :ids")
    List<ArticleListing> findListings(Collection<Long> ids);

    @Query("select a.id from Article a where a.slug = :slug")
    Optional<Long> findIdBySlug(String slug);

    @Query("select a.zoneId from Article a where a.id = :id")
    Optional<Long> findZoneIdById(long id);

    @Query("select a.id from Article a where a.zoneId = :zoneId")
    List<Long> findIdsByZoneId(long zoneId);

    /** The published article of {@code slug} without its bodies: what a page view asks on every request. */
    @Query("select new com.hcpress.content.PublishedRevisionRow(a.id, a.slug, a.title, a.sourceLine, a.publishedOn,"
            + " a.kind, a.zoneId, a.revision) from Article a"
            + " where a.slug = :slug and a.status = com.hcpress.content.ArticleStatus.PUBLISHED")
    Optional<PublishedRevisionRow> findPublishedRevision(String slug);

    /**
     * A zone's published articles with their stored leads, newest first (undated last), after a day
     * and id (keyset paging); without their bodies.
     */
    @Query("select new com.hcpress.content.PublishedLeadRow(a.id, a.slug, a.title, a.sourceLine, a.publishedOn,"
            + " a.kind, a.zoneId, a.lead) from Article a"
            + " where a.zoneId = :zoneId and a.status = com.hcpress.content.ArticleStatus.PUBLISHED"
            + " and (coalesce(a.publishedOn, :undated) < :day or (coalesce(a.publishedOn, :undated) = :day and a.id < :id))"
            + " order by coalesce(a.publishedOn, :undated) desc, a.id desc")
    List<PublishedLeadRow> findPublishedLeadsInZone(long zoneId, LocalDate undated, LocalDate day, long id, Limit limit);

    /**
     * A zone's published articles, newest first (undated last), after a day and id (keyset paging);
     * without their bodies, which a list does not show.
     */
    @Query("select new com.hcpress.content.PublishedRevisionRow(a.id, a.slug, a.title, a.sourceLine, a.publishedOn,"
            + " a.kind, a.zoneId, a.revision) from Article a"
            + " where a.zoneId = :zoneId and a.status = com.hcpress.content.ArticleStatus.PUBLISHED"
            + " and (coalesce(a.publishedOn, :undated) < :day or (coalesce(a.publishedOn, :undated) = :day and a.id < :id))"
            + " order by coalesce(a.publishedOn, :undated) desc, a.id desc")
    List<PublishedRevisionRow> findPublishedSummariesInZone(long zoneId, LocalDate undated, LocalDate day, long id,
                                                            Limit limit);

    /**
     * Articles out of the trash whose title contains {@code title} (escaped for LIKE), in a
     * workflow state, zone, by an author (each null for any), last changed first, after an instant and id.
     */
    @Query("select a from Article a where a.deletedAt is null"
            + " and lower(a.title) like lower(concat('%', :title, '%')) escape '\\'"
            + " and (:state is null or a.workflowState = :state)"
            + " and (:zoneId is null or a.zoneId = :zoneId)"
            + " and (:everyZone = true or a.zoneId in :zones)"
            + " and (:authorId is null or a.createdBy = :authorId)"
            + " and (a.updatedAt < :at or (a.updatedAt = :at and a.id < :id))"
            + " order by a.updatedAt desc, a.id desc")
    List<Article> findForDesk(String title, WorkflowState state, Long zoneId, boolean everyZone, Collection<Long> zones,
                              Long authorId, Instant at, long id, Limit limit);

    /** The trash, last deleted first, after an instant and id. */
    @Query("select a from Article a where a.deletedAt is not null"
            + " and (a.deletedAt < :at or (a.deletedAt = :at and a.id < :id))"
            + " order by a.deletedAt desc, a.id desc")
    List<Article> findInTrash(Instant at, long id, Limit limit);

    boolean existsBySlug(String slug);


    @EntityGraph(attributePaths = "references")
    List<Article> findByIdInAndStatus(Collection<Long> ids, ArticleStatus status);

    @Query("select a.id from Article a where a.status = com.hcpress.content.ArticleStatus.PUBLISHED"
            + " and a.id > :afterId order by a.id")
    List<Long> findPublishedIdsAfter(long afterId, Limit limit);

    @Query("select new com.hcpress.content.PublishedArticlesDigest(count(a), coalesce(sum(a.id), 0L),"
            + " coalesce(sum(a.revision), 0L)) from Article a"
            + " where a.status = com.hcpress.content.ArticleStatus.PUBLISHED")
    PublishedArticlesDigest publishedDigest();
}
