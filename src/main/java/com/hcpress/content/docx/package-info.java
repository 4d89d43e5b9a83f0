/**
 * Word import: reads a {@code .docx} manuscript into Markdown, references and images for a new
 * draft, and reports what could not be carried over. Plain Java over Apache POI: nothing here
 * stores anything.
 */
package com.hcpress.content.docx;
