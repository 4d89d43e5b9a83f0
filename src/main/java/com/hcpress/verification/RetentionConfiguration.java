package com.hcpress.verification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the scheduled retention job ({@link LicencePhotoRetention}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionConfiguration {
}
