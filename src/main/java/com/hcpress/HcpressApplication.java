package com.hcpress;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HcpressApplication {

    public static void main(String[] args) {
        SpringApplication.run(HcpressApplication.class, args);
    }
}
