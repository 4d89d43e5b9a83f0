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

/** The API's answer to a closed gate: who must sign in (401), or which step is next (403). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class GateProblems {

    @ExceptionHandler(GateClosedException.class)
    ProblemDetail closed(GateClosedException e) {
        boolean anonymous = e.step() == GateStep.SIGN_IN;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                anonymous ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN,
                anonymous ? "Sign in to read this zone." : "Pass the zone's gate first; the next step is " + e.step() + ".");
        problem.setTitle(anonymous ? "Sign-in required" : "Gate not passed");
        problem.setType(URI.create("https://hcpress.example/problems/gate"));
        problem.setProperty("step", e.step().name());
        return problem;
    }
}
