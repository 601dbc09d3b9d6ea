package org.crosswalk.demo;

import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Loads the demo on start when {@code crosswalk.demo.load} is true. Unset, it follows the database:
 * yes for the embedded zero-setup PostgreSQL, no when {@code spring.datasource.url} points at a
 * real one. An organisation already present (any region) is kept, so a second start reuses it.
 */
@Component
class DemoDataOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataOnStart.class);

    private final DemoData demo;
    private final Environment environment;

    DemoDataOnStart(DemoData demo, Environment environment) {
        this.demo = demo;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean embedded = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        if (!environment.getProperty("crosswalk.demo.load", Boolean.class, embedded)) {
            return;
        }
        long seed = environment.getProperty("crosswalk.demo.seed", Long.class, 2015L);
        int households = environment.getProperty("crosswalk.demo.households", Integer.class, Cohort.PUBLISHED_PARENTS);
        if (!demo.loadIfEmpty(seed, households)) {
            log.info("Demo data: the database already has regions, so nothing was loaded.");
        }
        if (demo.loaded()) {
            log.info("Demo logins (password {}): {}", DemoData.PASSWORD, demo.logins().stream()
                    .map(l -> "%s (%s, %s)".formatted(l.username(), l.role(), l.agency()))
                    .collect(Collectors.joining(", ")));
        }
    }
}
