package com.hcpress.content;

import java.io.PrintStream;

/**
 * A one-line progress bar for a terminal: "[#######.............]  7/20  file.md", redrawn in
 * place. When output is not a terminal (a log file, a pipe) it writes one line per step instead.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final int total;
    private final boolean terminal;
    private int done;

    ProgressBar(PrintStream out, int total) {
        this(out, total, System.console() != null);
    }

    ProgressBar(PrintStream out, int total, boolean terminal) {
        this.out = out;
        this.total = total;
        this.terminal = terminal;
    }

    void step(String item) {
        done++;
        String line = render(done, total, item);
        if (terminal) {
            out.print("\r" + line + "\u001B[K");
        } else {
            out.println(line);
        }
        out.flush();
    }

    void done() {
        if (terminal && done > 0) {
            out.println();
        }
        out.flush();
    }

    static String render(int done, int total, String item) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String count = String.valueOf(total);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                + String.format("%" + count.length() + "d/%s", done, count) + "  " + item;
    }
}
