package com.hcpress.content;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "zone")
class Zone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    private String nameZh;
    private String nameEn;
    private String descriptionZh;
    private String descriptionEn;
    private int position;

    protected Zone() {
    }

    Zone(String slug, String nameZh, String nameEn, String descriptionZh, String descriptionEn, int position) {
        this.slug = slug;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.descriptionZh = descriptionZh;
        this.descriptionEn = descriptionEn;
        this.position = position;
    }

    void update(String nameZh, String nameEn, String descriptionZh, String descriptionEn, int position) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.descriptionZh = descriptionZh;
        this.descriptionEn = descriptionEn;
        this.position = position;
    }

    Long id() {
        return id;
    }

    String slug() {
        return slug;
    }

    NewZone toDetails() {
        return new NewZone(slug, nameZh, nameEn, descriptionZh, descriptionEn, position);
    }

    ZoneView toView() {
        return new ZoneView(id, slug, nameZh, nameEn, descriptionZh, descriptionEn);
    }
}
