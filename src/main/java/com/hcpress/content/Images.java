package com.hcpress.content;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Images extends JpaRepository<StoredImage, Long> {

    @Query("select i.zoneId from StoredImage i where i.id = ?1")
    Optional<Long> findZoneIdById(long id);

    boolean existsByIdAndZoneId(long id, long zoneId);

    @Query("select count(a) > 0 from Article a where a.coverImageId = ?1"
            + " and a.status = com.hcpress.content.ArticleStatus.PUBLISHED")
    boolean isCoverOfPublishedArticle(long id);
}
