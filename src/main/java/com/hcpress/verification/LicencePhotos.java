package com.hcpress.verification;

import org.springframework.data.jpa.repository.JpaRepository;

interface LicencePhotos extends JpaRepository<LicencePhoto, Long> {
}
