package com.hcpress.shared.rendering;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** Renders a template to a string, as Spring MVC's Thymeleaf view would render it to the response. */
@Component
class TemplateRenderer {

    private final ITemplateEngine templates;
    private final ApplicationContext application;
    private final ServletContext servletContext;
    private final JakartaServletWebApplication webApplication;

    TemplateRenderer(ITemplateEngine templates, ApplicationContext application, ServletContext servletContext) {
        this.templates = templates;
        this.application = application;
        this.servletContext = servletContext;
        this.webApplication = JakartaServletWebApplication.buildApplication(servletContext);
    }

    /** The whole template, or only {@code fragments} of it when given. */
    String render(String template, Set<String> fragments, Map<String, Object> model, Locale locale,
                  HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        RequestContext requestContext = new RequestContext(request, response, servletContext, variables);
        variables.put(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, requestContext);
        // What ThymeleafView puts here too: without it forms get no CSRF field from the request data value processor.
        variables.put(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
                new SpringWebMvcThymeleafRequestContext(requestContext, request));
        WebContext context = new WebContext(webApplication.buildExchange(request, response), locale, variables);
        return fragments == null ? templates.process(template, context) : templates.process(template, fragments, context);
    }
}
