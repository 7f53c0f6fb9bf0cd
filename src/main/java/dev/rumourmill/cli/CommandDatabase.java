package dev.rumourmill.cli;

import com.zaxxer.hikari.HikariDataSource;
import dev.rumourmill.config.BotProperties;
import dev.rumourmill.system.Database;
import java.util.Map;

/**
 * Opens the bot's database for a one-off command, without starting the bot: the {@code storage:} section
 * of bot-config.yml, overridden by {@code SPRING_DATASOURCE_*} exactly as the running bot does.
 */
final class CommandDatabase {

    private CommandDatabase() {
    }

    static HikariDataSource open(BotProperties properties, Map<String, String> environment) {
        String url = environment.getOrDefault("SPRING_DATASOURCE_URL", properties.storage().url());
        String username = environment.getOrDefault("SPRING_DATASOURCE_USERNAME", properties.storage().username());
        String password = environment.getOrDefault("SPRING_DATASOURCE_PASSWORD",
                environment.getOrDefault(Database.PASSWORD_ENV_VARIABLE, ""));
        return Database.openMigrated(url, username, password);
    }
}
