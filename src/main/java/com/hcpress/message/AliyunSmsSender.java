package com.hcpress.message;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Alibaba Cloud SMS (Dysmsapi, API version 2017-05-25) action {@code SendSms}, as its RPC-style HTTP API
 * documents it: the parameters, sorted and percent-encoded, signed with HMAC-SHA1 under the access key
 * secret followed by {@code &}, posted as a form. The provider sends only registered templates: the
 * message's template name maps to a template code, and its values become the template's parameters.
 */
@Component
@ConditionalOnProperty(prefix = "hcpress.sms.aliyun", name = "access-key-id")
class AliyunSmsSender implements SmsSender {

    static final String API_VERSION = "2017-05-25";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final AliyunSmsProperties properties;
    private final ObjectMapper json;
    private final HttpClient http;

    AliyunSmsSender(AliyunSmsProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    @Override
    public void send(SmsMessage message) {
        String templateCode = properties.templateCodes().get(message.template());
        if (templateCode == null) {
            throw new IllegalStateException("No Alibaba Cloud template code for message template " + message.template());
        }
        Map<String, String> parameters = new TreeMap<>();
        parameters.put("AccessKeyId", properties.accessKeyId());
        parameters.put("Action", "SendSms");
        parameters.put("Format", "JSON");
        parameters.put("OutId", "outbox-" + message.outboxId());
        parameters.put("PhoneNumbers", message.mobile());
        parameters.put("RegionId", properties.regionId());
        parameters.put("SignName", properties.signName());
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureNonce", UUID.randomUUID().toString());
        parameters.put("SignatureVersion", "1.0");
        parameters.put("TemplateCode", templateCode);
        parameters.put("TemplateParam", json.writeValueAsString(message.parameters()));
        parameters.put("Timestamp", TIMESTAMP.format(Instant.now()));
        parameters.put("Version", API_VERSION);
        String signature = signature("POST", parameters, properties.accessKeySecret());
        String form = canonicalQuery(parameters) + "&Signature=" + percentEncode(signature);

        HttpRequest request = HttpRequest.newBuilder(URI.create(properties.endpoint() + "/"))
                .timeout(properties.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Alibaba Cloud SMS unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending SMS", e);
        }
        String code = "";
        String text = "";
        try {
            JsonNode answer = json.readTree(response.body());
            code = answer.path("Code").asString("");
            text = answer.path("Message").asString("");
        } catch (RuntimeException notJson) {
            text = abbreviate(response.body());
        }
        if (response.statusCode() != 200 || !"OK".equals(code)) {
            throw new IllegalStateException("Alibaba Cloud SMS refused (HTTP " + response.statusCode() + ", " + code
                    + "): " + text);
        }
    }

    /** StringToSign = method & percentEncode("/") & percentEncode(canonical query); HMAC-SHA1 with secret + "&". */
    static String signature(String method, Map<String, String> parameters, String secret) {
        String stringToSign = method + "&" + percentEncode("/") + "&" + percentEncode(canonicalQuery(parameters));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String canonicalQuery(Map<String, String> parameters) {
        return new TreeMap<>(parameters).entrySet().stream()
                .map(entry -> percentEncode(entry.getKey()) + "=" + percentEncode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** RFC 3986 encoding as the API requires: space as %20, * as %2A, ~ left alone. */
    static String percentEncode(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8)
                .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 200 ? text : text.substring(0, 200);
    }
}
