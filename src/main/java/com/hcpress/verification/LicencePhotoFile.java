package com.hcpress.verification;

/** A licence photo ready to send. */
public record LicencePhotoFile(String contentType, byte[] bytes) {
}
