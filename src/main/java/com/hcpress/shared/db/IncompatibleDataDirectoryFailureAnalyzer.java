package com.hcpress.shared.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints what to do about a data directory of another PostgreSQL version, without a stack trace. */
class IncompatibleDataDirectoryFailureAnalyzer
        extends AbstractFailureAnalyzer<DataDirectoryVersion.IncompatibleDataDirectoryException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure,
            DataDirectoryVersion.IncompatibleDataDirectoryException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
