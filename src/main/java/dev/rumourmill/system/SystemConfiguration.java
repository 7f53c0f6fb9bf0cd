package dev.rumourmill.system;

import dev.rumourmill.config.BotProperties;
import dev.rumourmill.config.RunMode;
import java.io.PrintStream;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The composition root of what belongs to no feature: what the bot was started with, the clock, the one
 * migrated DataSource, this process's entry in the shared instance list, the health endpoint and the
 * preview-mode notice.
 */
@Configuration(proxyBeanMethods = false)
public class SystemConfiguration {

    @Bean
    BotProperties botProperties(StartedWith start) {
        return start.properties();
    }

    @Bean
    RunMode runMode(StartedWith start) {
        return start.mode();
    }

    /** Where preview mode prints what it would post (the terminal, or a test's buffer). */
    @Bean
    PrintStream previewOut(StartedWith start) {
        return start.previewOut();
    }

    /** Time is injected everywhere so that tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The one DataSource of the running bot, migrated before anything can use it. {@code spring.datasource.*}
     * (e.g. {@code SPRING_DATASOURCE_URL}) wins over the {@code storage:} section of bot-config.yml.
     */
    @Bean(destroyMethod = "close")
    DataSource dataSource(BotProperties properties, Environment environment) {
        String url = environment.getProperty("spring.datasource.url", properties.storage().url());
        String username = environment.getProperty("spring.datasource.username", properties.storage().username());
        String password = environment.getProperty("spring.datasource.password",
                environment.getProperty(Database.PASSWORD_ENV_VARIABLE, ""));
        return Database.openMigrated(url, username, password);
    }

    @Bean
    BotInstanceStore botInstanceStore(JdbcTemplate jdbc) {
        return new BotInstanceStore(jdbc);
    }

    @Bean
    RunningInstance runningInstance(BotInstanceStore store, Clock clock) {
        return new RunningInstance(store, clock);
    }

    @Bean
    HealthEndpoint healthEndpoint(BotProperties properties, DataSource dataSource, Environment environment) {
        return new HealthEndpoint(properties, dataSource, environment);
    }

    @Bean
    PreviewModeNotice previewModeNotice(RunMode mode, BotProperties properties, PrintStream previewOut) {
        return new PreviewModeNotice(mode, properties, previewOut);
    }
}
