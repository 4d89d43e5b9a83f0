package com.hcpress.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Zones extends JpaRepository<Zone, Long> {

    Optional<Zone> findBySlug(String slug);

    List<Zone> findAllByOrderByPositionAscIdAsc();
}
