package com.hcpress.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.DispatcherType;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestEntryFilterTest {

    @Test
    void readsTheRequestAsUtf8WhateverTheClientSays() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/comments");
        request.setCharacterEncoding("ISO-8859-1");

        new RequestEntryFilter(8 * 1024).doFilter(request, new MockHttpServletResponse(), (req, res) -> { });

        assertThat(request.getCharacterEncoding()).isEqualTo("UTF-8");
    }

    @Test
    void labelsTheLogWhileTheRequestRunsAndTheAnswerAfter() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<String> logged = new AtomicReference<>();

        new RequestEntryFilter(8 * 1024).doFilter(new MockHttpServletRequest("GET", "/"), response,
                (req, res) -> logged.set(MDC.get(RequestEntryFilter.MDC_KEY)));

        assertThat(logged.get()).isNotNull().isEqualTo(response.getHeader(RequestEntryFilter.HEADER));
        assertThat(MDC.get(RequestEntryFilter.MDC_KEY)).isNull();
    }

    @Test
    void anAsynchronousDispatchKeepsTheIdTheRequestAnswered() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        MockHttpServletResponse response = new MockHttpServletResponse();
        RequestEntryFilter filter = new RequestEntryFilter(8 * 1024);
        filter.doFilter(request, response, (req, res) -> { });
        String first = response.getHeader(RequestEntryFilter.HEADER);

        request.setDispatcherType(DispatcherType.ASYNC);
        filter.doFilter(request, response, (req, res) -> { });

        assertThat(response.getHeader(RequestEntryFilter.HEADER)).isEqualTo(first);
    }

    @Test
    void keepsAnAnswerInABufferOfTheConfiguredSize() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        new RequestEntryFilter(128 * 1024).doFilter(new MockHttpServletRequest("GET", "/"), response, (req, res) -> { });

        assertThat(response.getBufferSize()).isEqualTo(128 * 1024);
    }
}
