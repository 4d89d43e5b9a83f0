package com.hcpress.verification.ocr;

/** Tesseract did not give an answer: it failed, took too long, or could not be started. */
public class TesseractFailedException extends Exception {

    public TesseractFailedException(String message) {
        super(message);
    }
}
