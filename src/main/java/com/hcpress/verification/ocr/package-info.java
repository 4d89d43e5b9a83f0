/**
 * Reading a licence photo with Tesseract: the photo straightened and thresholded
 * ({@link com.hcpress.verification.ocr.PageImage}), Tesseract run as a separate process with a
 * time limit ({@link com.hcpress.verification.ocr.Tesseract}), and the licence number, name,
 * category and scope picked out of its text ({@link com.hcpress.verification.ocr.LicenceText}).
 * Nothing here stores anything: the caller decides what is kept.
 */
package com.hcpress.verification.ocr;
