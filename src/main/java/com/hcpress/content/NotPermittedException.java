package com.hcpress.content;

/** The account holds no role in the article's zone that allows this step. */
public class NotPermittedException extends RuntimeException {

    private final Duty duty;

    public NotPermittedException(Duty duty, long zoneId) {
        super("No " + duty + " in zone " + zoneId);
        this.duty = duty;
    }

    public Duty duty() {
        return duty;
    }
}
