package com.hcpress.verification;

/** A photo decoded and encoded again by us: a plain JPEG with nothing but its pixels. */
record SanitisedPhoto(byte[] jpeg, int width, int height) {

    static final String CONTENT_TYPE = "image/jpeg";
}
