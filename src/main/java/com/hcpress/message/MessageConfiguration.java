package com.hcpress.message;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MessageProperties.class, AliyunSmsProperties.class})
class MessageConfiguration {
}
