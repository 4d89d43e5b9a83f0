package com.hcpress.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Zones extends JpaRepository<Zone, Long> {

    Optional<Zone> findBySlug(String slug);

    List<Zone> findAllByOrderByPositionAscIdAsc();

    /** Zones with a published informed consent: the ones readers are shown. */
    @Query(nativeQuery = true, value = "select z.* from zone z where exists (select 1 from legal_document d "
            + "where d.kind = 'ZONE_CONSENT' and d.zone_id = z.id) order by z.position, z.id")
    List<Zone> findListed();
}
