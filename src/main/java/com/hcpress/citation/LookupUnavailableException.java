package com.hcpress.citation;

/** The service did not answer in time, or answered with an error other than "not found". */
class LookupUnavailableException extends Exception {

    LookupUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
