package com.hcpress.content;

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

    Long id() {
        return id;
    }

    Long zoneId() {
        return zoneId;
    }

    ImageFile toFile() {
        return new ImageFile(contentType, width, height, sha256, data);
    }
}
