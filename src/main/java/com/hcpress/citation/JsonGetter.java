package com.hcpress.citation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** GETs JSON with the lookup's timeouts: the body when found, empty on 404, unavailable otherwise. */
class JsonGetter {

    private static final int MAX_BODY = 2_000_000;

    private final HttpClient http;
    private final ReferenceLookupProperties properties;
    private final ObjectMapper json = new ObjectMapper();

    JsonGetter(ReferenceLookupProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    Optional<JsonNode> get(URI uri) throws LookupUnavailableException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.requestTimeout())
                .header("Accept", "application/json")
                .header("User-Agent", "HCPress reference lookup" + (properties.mailto() == null ? ""
                        : " (mailto:" + properties.mailto() + ")"))
                .GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new LookupUnavailableException("No answer in time from " + uri.getHost(), e);
        } catch (IOException e) {
            throw new LookupUnavailableException("Could not reach " + uri.getHost(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LookupUnavailableException("Interrupted", e);
        }
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200 || response.body() == null || response.body().length() > MAX_BODY) {
            throw new LookupUnavailableException("Status " + response.statusCode() + " from " + uri.getHost(), null);
        }
        try {
            return Optional.of(json.readTree(response.body()));
        } catch (JacksonException e) {
            throw new LookupUnavailableException("Not JSON from " + uri.getHost(), e);
        }
    }
}
