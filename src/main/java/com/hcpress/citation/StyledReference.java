package com.hcpress.citation;

/** One reference as a citation style prints it (plain text, without its number). */
public record StyledReference(int number, String text) {
}
