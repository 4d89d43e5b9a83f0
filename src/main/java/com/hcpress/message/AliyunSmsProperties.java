package com.hcpress.message;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Alibaba Cloud SMS ({@code hcpress.sms.aliyun.*}); SMS is on when the access key id is set.
 *
 * @param templateCodes the provider's template code for each message template name
 */
@ConfigurationProperties("hcpress.sms.aliyun")
public record AliyunSmsProperties(String accessKeyId, String accessKeySecret, String signName, String endpoint,
                                  String regionId, Map<String, String> templateCodes, Duration timeout) {

    public AliyunSmsProperties {
        endpoint = endpoint == null || endpoint.isBlank() ? "https://dysmsapi.aliyuncs.com" : endpoint.replaceAll("/+$", "");
        regionId = regionId == null || regionId.isBlank() ? "cn-hangzhou" : regionId;
        templateCodes = templateCodes == null ? Map.of() : Map.copyOf(templateCodes);
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }
}
