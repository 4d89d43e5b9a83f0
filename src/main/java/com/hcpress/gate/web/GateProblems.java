package com.hcpress.gate.web;

import com.hcpress.gate.GateClosedException;
import com.hcpress.gate.GateStep;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's answer to a closed gate found below the security chain (a service that asks the gate
 * again as it writes): who must sign in (401), or which step is next (403). The security chain
 * answers the same way ({@link GatedRoutes}).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class GateProblems {

    static final String TYPE = "https://hcpress.example/problems/gate";

    @ExceptionHandler(GateClosedException.class)
    ProblemDetail closed(GateClosedException e) {
        boolean anonymous = e.step() == GateStep.SIGN_IN;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                anonymous ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN, detail(e.step()));
        problem.setTitle(anonymous ? "Sign-in required" : "Gate not passed");
        problem.setType(URI.create(TYPE));
        problem.setProperty("step", e.step().name());
        return problem;
    }

    static String detail(GateStep step) {
        return step == GateStep.SIGN_IN ? "Sign in to read this zone."
                : "Pass the zone's gate first; the next step is " + step + ".";
    }
}
