package com.hcpress.content.docx;

import java.util.List;

import com.hcpress.content.ReferenceData;

/**
 * A Word manuscript as an article draft needs it. The body refers to each image as
 * {@code ![alt](word-image:N)}, N indexing {@link #images()}, until the images are stored;
 * {@code notCarriedOver} lists what the reader found but could not bring across.
 */
public record WordManuscript(String title, String markdown, List<ReferenceData> references, List<Image> images,
                             List<Problem> notCarriedOver) {

    public static final String IMAGE_SCHEME = "word-image:";

    public WordManuscript {
        references = List.copyOf(references);
        images = List.copyOf(images);
        notCarriedOver = List.copyOf(notCarriedOver);
    }

    /** An embedded picture's bytes as found in the file, to be checked like any upload. */
    public record Image(byte[] bytes, String alt) {
    }

    /** Something left out: a message key and the detail it names (a picture type, a count). */
    public record Problem(String code, String detail) {
    }
}
