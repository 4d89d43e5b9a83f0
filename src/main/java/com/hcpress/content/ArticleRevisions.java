package com.hcpress.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleRevisions extends JpaRepository<ArticleRevision, Long> {

    List<ArticleRevision> findByArticleIdOrderByRevisionDesc(long articleId);

    Optional<ArticleRevision> findByArticleIdAndRevision(long articleId, int revision);
}
