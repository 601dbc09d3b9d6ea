package org.crosswalk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;

/**
 * Beans are named by their fully qualified class, so two modules may each have, say, a
 * {@code ReferralRepository} of their own.
 */
@SpringBootApplication(nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
public class CrosswalkApplication {

    public static void main(String[] args) {
        SpringApplication.run(CrosswalkApplication.class, args);
    }
}
