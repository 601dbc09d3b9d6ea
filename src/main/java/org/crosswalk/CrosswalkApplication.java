package org.crosswalk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CrosswalkApplication {

    public static void main(String[] args) {
        SpringApplication.run(CrosswalkApplication.class, args);
    }
}
