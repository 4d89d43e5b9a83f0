package com.hcpress.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The Alibaba Cloud adapter against a local server that checks requests as the provider documents them. */
class AliyunSmsSenderTest {

    AliyunSmsServer server;
    AliyunSmsSender sender;

    @BeforeEach
    void start() throws Exception {
        server = new AliyunSmsServer();
        sender = new AliyunSmsSender(new AliyunSmsProperties(AliyunSmsServer.KEY_ID, AliyunSmsServer.SECRET,
                "HCPress", server.endpoint(), null, Map.of("one-time-code", "SMS_000001"), Duration.ofSeconds(5)),
                JsonMapper.builder().build());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsASignedSendSmsRequestWithTheTemplateCodeAndItsParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("code", "123456");
        values.put("minutes", "10");
        sender.send(new SmsMessage(42, "13800138000", "您的验证码是 123456", "one-time-code", values));
        sender.send(new SmsMessage(43, "13800138001", "您的验证码是 654321 *~ ", "one-time-code", Map.of("code", "654321")));

        assertThat(server.refusals).isEmpty();
        assertThat(server.accepted).hasSize(2);
        Map<String, String> first = server.accepted.get(0);
        assertThat(first).containsEntry("PhoneNumbers", "13800138000").containsEntry("SignName", "HCPress")
                .containsEntry("TemplateCode", "SMS_000001").containsEntry("RegionId", "cn-hangzhou")
                .containsEntry("OutId", "outbox-42")
                .containsEntry("TemplateParam", "{\"code\":\"123456\",\"minutes\":\"10\"}");
        assertThat(first.get("SignatureNonce")).isNotEqualTo(server.accepted.get(1).get("SignatureNonce"));
    }

    @Test
    void theProvidersRefusalIsAFailureWithItsCode() {
        server.refuseWith("isv.BUSINESS_LIMIT_CONTROL");
        assertThatThrownBy(() -> sender.send(new SmsMessage(1, "13800138000", "x", "one-time-code", Map.of("code", "1"))))
                .hasMessageContaining("isv.BUSINESS_LIMIT_CONTROL");
    }

    @Test
    void aTemplateWithoutAProviderCodeIsNotSent() {
        assertThatThrownBy(() -> sender.send(new SmsMessage(1, "13800138000", "x", "unknown", Map.of())))
                .hasMessageContaining("template code");
        assertThat(server.accepted).isEmpty();
    }

    @Test
    void percentEncodingIsTheOneTheSignatureRulesName() {
        assertThat(AliyunSmsSender.percentEncode("a b*c~d/é")).isEqualTo("a%20b%2Ac~d%2F%C3%A9");
    }
}
