package com.hcpress.content.rendering;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * An image standing alone in its paragraph: drawn as a figure, its Markdown title as the caption
 * ({@code ![alt](/images/12 "caption")}, what the image library inserts).
 */
final class Figure extends CustomBlock {

    private final String destination;
    private final String alt;
    private final String caption;

    private Figure(String destination, String alt, String caption) {
        this.destination = destination;
        this.alt = alt;
        this.caption = caption;
    }

    String destination() {
        return destination;
    }

    String alt() {
        return alt;
    }

    String caption() {
        return caption;
    }

    /** Replaces every paragraph that holds nothing but one image with a figure. */
    static void promote(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                Image image = loneImage(paragraph);
                if (image != null) {
                    String title = image.getTitle() == null ? "" : image.getTitle().strip();
                    paragraph.insertBefore(new Figure(image.getDestination(), plainText(image), title));
                    paragraph.unlink();
                }
            }
        });
    }

    private static Image loneImage(Paragraph paragraph) {
        Image found = null;
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image && found == null) {
                found = (Image) child;
            } else if (!(child instanceof SoftLineBreak) && !(child instanceof Text && ((Text) child).getLiteral().isBlank())) {
                return null;
            }
        }
        return found;
    }

    private static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString().strip();
    }
}
