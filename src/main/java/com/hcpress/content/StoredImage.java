package com.hcpress.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "image")
class StoredImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String contentType;
    private int width;
    private int height;
    private String sha256;
    private byte[] data;
    private Long zoneId;
    @Column(insertable = false, updatable = false)
    private Instant createdAt;
    private String altText = "";
    private String caption = "";
    private byte[] thumbnail;
    private Long derivedFrom;
    private String aspect;

    protected StoredImage() {
    }

    StoredImage(ImageFile file, Long zoneId) {
        this.contentType = file.contentType();
        this.width = file.width();
        this.height = file.height();
        this.sha256 = file.sha256();
        this.data = file.bytes();
        this.zoneId = zoneId;
    }

    StoredImage(ImageFile file, Long zoneId, ImageText text, byte[] thumbnail) {
        this(file, zoneId);
        describe(text);
        this.thumbnail = thumbnail;
    }

    /** A crop of {@code source}: same zone and words, its own pixels. */
    static StoredImage cropOf(StoredImage source, ImageFile file, CropAspect aspect, byte[] thumbnail) {
        StoredImage crop = new StoredImage(file, source.zoneId, source.text(), thumbnail);
        crop.derivedFrom = source.id;
        crop.aspect = aspect.label();
        return crop;
    }

    void describe(ImageText text) {
        this.altText = text.alt();
        this.caption = text.caption();
    }

    void keepThumbnail(byte[] thumbnail) {
        this.thumbnail = thumbnail;
    }

    Long id() {
        return id;
    }

    Long zoneId() {
        return zoneId;
    }

    byte[] thumbnail() {
        return thumbnail;
    }

    ImageText text() {
        return new ImageText(altText == null ? "" : altText, caption == null ? "" : caption);
    }

    ImageFile toFile() {
        return new ImageFile(contentType, width, height, sha256, data);
    }

    LibraryImage toLibraryImage() {
        return new LibraryImage(id, zoneId, width, height, text(), createdAt, derivedFrom, aspect);
    }
}
