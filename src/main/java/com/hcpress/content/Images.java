package com.hcpress.content;

import org.springframework.data.jpa.repository.JpaRepository;

interface Images extends JpaRepository<StoredImage, Long> {

    boolean existsByIdAndZoneId(long id, long zoneId);
}
