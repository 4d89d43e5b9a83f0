package com.hcpress.content.docx;

/** The upload is not a Word document this reader can open (not .docx, damaged, or too large). */
public class UnreadableWordFileException extends RuntimeException {

    public UnreadableWordFileException() {
        super("not a readable .docx file");
    }
}
