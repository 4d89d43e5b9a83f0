package com.hcpress.verification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A licence photo as stored: always a JPEG we encoded ourselves, so it carries no metadata. */
@Entity
@Table(name = "licence_photo")
class LicencePhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long ownerUserId;
    private String contentType;
    private int width;
    private int height;
    private byte[] bytes;
    private Instant createdAt;
    private Instant deletedAt;
    private Long perceptualHash;

    protected LicencePhoto() {
    }

    LicencePhoto(long ownerUserId, SanitisedPhoto photo, long perceptualHash) {
        this(ownerUserId, photo);
        this.perceptualHash = perceptualHash;
    }

    LicencePhoto(long ownerUserId, SanitisedPhoto photo) {
        this.ownerUserId = ownerUserId;
        this.contentType = SanitisedPhoto.CONTENT_TYPE;
        this.width = photo.width();
        this.height = photo.height();
        this.bytes = photo.jpeg();
        this.createdAt = Instant.now();
    }

    Long id() {
        return id;
    }

    /** Its owner and verification staff may see it, until it is deleted. */
    boolean visibleTo(long viewerId, boolean viewerIsStaff) {
        return deletedAt == null && (viewerId == ownerUserId || viewerIsStaff);
    }

    LicencePhotoFile toFile() {
        return new LicencePhotoFile(contentType, bytes);
    }
}
