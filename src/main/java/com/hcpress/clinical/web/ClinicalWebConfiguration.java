package com.hcpress.clinical.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.hcpress.clinical.ClinicalAssessor;

/** The clinical core is plain Java; here it becomes beans for the pages and the API. */
@Configuration(proxyBeanMethods = false)
class ClinicalWebConfiguration {

    @Bean
    ClinicalAssessor clinicalAssessor() {
        return new ClinicalAssessor();
    }

    @Bean
    PatientInputReader patientInputReader(ClinicalAssessor assessor) {
        return new PatientInputReader(assessor);
    }
}
