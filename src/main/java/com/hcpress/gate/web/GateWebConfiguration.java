package com.hcpress.gate.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class GateWebConfiguration implements WebMvcConfigurer {

    private final ToolsGate toolsGate;

    GateWebConfiguration(ToolsGate toolsGate) {
        this.toolsGate = toolsGate;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(toolsGate).addPathPatterns(ToolsGate.PATHS);
    }
}
