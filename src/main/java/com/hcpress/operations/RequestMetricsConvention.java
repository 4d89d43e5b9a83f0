package com.hcpress.operations;

import io.micrometer.common.KeyValues;

import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * The observation of every request, for the {@code http.server.requests} metrics only: the same
 * name and tags ({@code uri}, {@code method}, {@code status}, {@code outcome}, {@code exception}),
 * without what only a tracer reads (the full URL, a span name), which was worked out on every
 * request and thrown away, since HCPress includes no tracer.
 */
@Component
class RequestMetricsConvention extends DefaultServerRequestObservationConvention {

    @Override
    public KeyValues getHighCardinalityKeyValues(ServerRequestObservationContext context) {
        return KeyValues.empty();
    }

    @Override
    public String getContextualName(ServerRequestObservationContext context) {
        return null;
    }
}
