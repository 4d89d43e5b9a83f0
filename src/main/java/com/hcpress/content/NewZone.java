package com.hcpress.content;

public record NewZone(String slug, String nameZh, String nameEn, String descriptionZh, String descriptionEn,
                      int position) {
}
