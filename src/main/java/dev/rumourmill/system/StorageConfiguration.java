package dev.rumourmill.system;

import dev.rumourmill.config.BotProperties;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one DataSource of the running bot, migrated before anything can use it. {@code spring.datasource.*}
 * (e.g. {@code SPRING_DATASOURCE_URL}) wins over the {@code storage:} section of bot-config.yml.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean(destroyMethod = "close")
    DataSource dataSource(BotProperties properties, Environment environment) {
        String url = environment.getProperty("spring.datasource.url", properties.storage().url());
        String username = environment.getProperty("spring.datasource.username", properties.storage().username());
        String password = environment.getProperty("spring.datasource.password",
                environment.getProperty(Database.PASSWORD_ENV_VARIABLE, ""));
        return Database.openMigrated(url, username, password);
    }
}
