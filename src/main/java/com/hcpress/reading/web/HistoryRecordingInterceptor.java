package com.hcpress.reading.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.reading.HistoryRecorder;
import com.hcpress.reading.ItemKind;

/**
 * After an article or study page was answered with 200 to a signed-in reader (the gate let them
 * in), hands the view to {@link HistoryRecorder}: the page never waits for it.
 */
class HistoryRecordingInterceptor implements HandlerInterceptor {

    private final HistoryRecorder recorder;

    HistoryRecordingInterceptor(HistoryRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        if (failure != null || !"GET".equals(request.getMethod()) || response.getStatus() != 200
                || request.getHeader("HX-Request") != null) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal reader)) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/articles/")) {
            recorder.viewed(reader.id(), ItemKind.ARTICLE, path.substring("/articles/".length()));
        } else if (path.startsWith("/studies/")) {
            recorder.viewed(reader.id(), ItemKind.STUDY, path.substring("/studies/".length()));
        }
    }
}
