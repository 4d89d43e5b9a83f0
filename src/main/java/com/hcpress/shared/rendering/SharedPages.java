package com.hcpress.shared.rendering;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * Renders a template (or some of its fragments) into a {@link PageTemplate} every reader can be
 * served: from {@link SharedRenderingRequest} (no parameters, a mark instead of the CSRF token),
 * with {@code formKey} in the model set to a mark for each form's key and {@code ownRegion} to the
 * {@link RegionMarks} of parts a reader may get their own version of; and renders such a part for
 * one request ({@link #renderOwn}).
 */
@Component
public class SharedPages {

    /** Marks no article or comment text can contain by chance: new at every start. */
    private static final PageTemplate.Marks MARKS =
            new PageTemplate.Marks("h" + HexFormat.of().formatHex(new SecureRandom().generateSeed(8)));

    private static final RegionMarks REGIONS = new RegionMarks(MARKS);

    private final TemplateRenderer renderer;

    SharedPages(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /** {@code template}, or only {@code fragments} of it when given, in {@code language}. */
    public PageTemplate render(String template, Set<String> fragments, Map<String, Object> model, Locale language,
                               HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("formKey", MARKS.formKey());
        variables.put("ownRegion", REGIONS);
        return PageTemplate.split(renderer.render(template, fragments, variables, language,
                new SharedRenderingRequest(request, MARKS.csrfToken()), response), MARKS);
    }

    /** {@code fragments} of {@code template} for this request alone, as its own version of a region. */
    public String renderOwn(String template, Set<String> fragments, Map<String, Object> model, Locale language,
                            HttpServletRequest request, HttpServletResponse response) {
        return renderer.render(template, fragments, model, language, request, response);
    }
}
