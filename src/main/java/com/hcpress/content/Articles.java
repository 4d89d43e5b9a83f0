package com.hcpress.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Articles extends JpaRepository<Article, Long> {

    Optional<Article> findBySlug(String slug);

    List<Article> findByZoneIdAndStatusOrderByPublishedOnDescIdDesc(Long zoneId, ArticleStatus status);

    boolean existsBySlug(String slug);
}
