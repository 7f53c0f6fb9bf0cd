package dev.rumourmill.system;

import dev.rumourmill.config.TimingProperties;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one scheduler of the running bot, given every {@link Routine} bean, and the timings
 * ({@code rumourmill.timing.*}, see {@link TimingProperties}) the routines are built with.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimingProperties.class)
class RoutinesConfiguration {

    @Bean
    RoutineScheduler routineScheduler(List<Routine> routines) {
        return new RoutineScheduler(routines);
    }
}
