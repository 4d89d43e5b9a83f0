package com.hcpress.evidence;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Studies extends JpaRepository<StoredStudy, String> {

    @Query("select distinct s from StoredStudy s join s.citations c where c.articleSlug = :articleSlug")
    List<StoredStudy> citedBy(String articleSlug);

    @Query("select s.id from StoredStudy s where s.id > :afterId order by s.id")
    List<String> idsAfter(String afterId, Limit limit);
}
