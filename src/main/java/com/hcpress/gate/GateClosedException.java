package com.hcpress.gate;

/** Gated content was asked for by someone who has not passed; the API answers 401 or 403. */
public class GateClosedException extends RuntimeException {

    private final GateStep step;

    public GateClosedException(GateStep step) {
        super("The gate asks for " + step);
        this.step = step;
    }

    public GateStep step() {
        return step;
    }
}
