package com.hcpress.verification.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Uploads up to the multipart limit reach the form, which explains the 5 MB rule beside the
 * field; beyond it the request is cut off before any controller, and this page explains instead.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

    static final String VIEW = "verification/upload-too-large";

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String tooLarge() {
        return VIEW;
    }
}
