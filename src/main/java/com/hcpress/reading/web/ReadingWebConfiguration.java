package com.hcpress.reading.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.hcpress.reading.HistoryRecorder;

/** The reading history listens to the article and study pages only (one path segment: not their parts). */
@Configuration
class ReadingWebConfiguration implements WebMvcConfigurer {

    private final HistoryRecorder recorder;

    ReadingWebConfiguration(HistoryRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HistoryRecordingInterceptor(recorder)).addPathPatterns("/articles/*", "/studies/*");
    }
}
