package com.hcpress.content;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Articles extends JpaRepository<Article, Long> {

    Optional<Article> findBySlug(String slug);

    List<Article> findByZoneIdAndStatusOrderByPublishedOnDescIdDesc(Long zoneId, ArticleStatus status);

    boolean existsBySlug(String slug);

    List<Article> findByTitleContainingIgnoreCaseOrderByUpdatedAtDescIdDesc(String title, Limit limit);

    List<Article> findByStatusAndTitleContainingIgnoreCaseOrderByUpdatedAtDescIdDesc(ArticleStatus status, String title,
                                                                                      Limit limit);

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
