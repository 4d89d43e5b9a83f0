package com.hcpress.content;

import java.util.Objects;

/** The bytes of a stored image with what the server needs to serve it. */
public record ImageFile(String contentType, int width, int height, String sha256, byte[] bytes) {

    public ImageFile {
        Objects.requireNonNull(contentType);
        Objects.requireNonNull(sha256);
        Objects.requireNonNull(bytes);
    }
}
