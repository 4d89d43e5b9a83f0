package com.hcpress.message;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for Alibaba Cloud's Dysmsapi endpoint on a local port. It checks each request as the
 * provider documents its RPC-style API (common and SendSms parameters, the HMAC-SHA1 signature
 * recomputed here from the documented rules, not by the code under test) and answers as the provider
 * does: {@code Code} OK, or the reason a request was refused.
 */
final class AliyunSmsServer implements AutoCloseable {

    static final String KEY_ID = "test-key-id";
    static final String SECRET = "test-secret";

    private final HttpServer server;
    final List<Map<String, String>> accepted = Collections.synchronizedList(new ArrayList<>());
    final List<String> refusals = Collections.synchronizedList(new ArrayList<>());
    private volatile String forcedError;

    AliyunSmsServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String problem;
            Map<String, String> form = Map.of();
            if (!"POST".equals(exchange.getRequestMethod())) {
                problem = "method " + exchange.getRequestMethod();
            } else if (!String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"))
                    .startsWith("application/x-www-form-urlencoded")) {
                problem = "content type";
            } else {
                form = parse(body);
                problem = check(form);
            }
            String answer;
            int status;
            if (problem != null) {
                refusals.add(problem);
                status = 400;
                answer = "{\"Code\":\"SignatureDoesNotMatch\",\"Message\":\"" + problem + "\"}";
            } else if (forcedError != null) {
                status = 200;
                answer = "{\"Code\":\"" + forcedError + "\",\"Message\":\"refused for the test\",\"RequestId\":\"r\"}";
            } else {
                accepted.add(form);
                status = 200;
                answer = "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"biz-" + accepted.size() + "\",\"RequestId\":\"r\"}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void refuseWith(String code) {
        forcedError = code;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static String check(Map<String, String> form) {
        Map<String, String> expected = Map.of("Action", "SendSms", "Version", "2017-05-25", "Format", "JSON",
                "SignatureMethod", "HMAC-SHA1", "SignatureVersion", "1.0", "AccessKeyId", KEY_ID);
        for (var entry : expected.entrySet()) {
            if (!entry.getValue().equals(form.get(entry.getKey()))) {
                return entry.getKey() + "=" + form.get(entry.getKey());
            }
        }
        for (String required : List.of("PhoneNumbers", "SignName", "TemplateCode", "SignatureNonce", "Timestamp",
                "Signature", "RegionId")) {
            if (form.get(required) == null || form.get(required).isBlank()) {
                return "missing " + required;
            }
        }
        if (!form.get("Timestamp").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z")) {
            return "Timestamp " + form.get("Timestamp");
        }
        Map<String, String> signed = new TreeMap<>(form);
        signed.remove("Signature");
        if (!sign("POST", signed).equals(form.get("Signature"))) {
            return "signature";
        }
        return null;
    }

    /** The documented rule, written out here on its own. */
    private static String sign(String method, Map<String, String> sorted) {
        String query = sorted.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String stringToSign = method + "&" + encode("/") + "&" + encode(query);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((SECRET + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static Map<String, String> parse(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }
}
