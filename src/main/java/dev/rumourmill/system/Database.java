package dev.rumourmill.system;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.rumourmill.config.StorageProperties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Opens the database named in bot-config.yml and brings its schema up to date. The same Flyway
 * migrations run unchanged on H2 (the built-in default) and PostgreSQL.
 */
public final class Database {

    public static final String PASSWORD_ENV_VARIABLE = "RUMOURMILL_DB_PASSWORD";

    /** H2 speaks PostgreSQL's dialect closely enough in this mode for one set of migrations. */
    private static final String H2_COMPATIBILITY = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private Database() {
    }

    public static HikariDataSource open(String url, String username, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl(url));
        if (username != null && !username.isBlank()) {
            config.setUsername(username);
        }
        if (password != null && !password.isEmpty()) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(8);
        config.setPoolName("rumourmill-db");
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    public static HikariDataSource open(StorageProperties storage, String password) {
        return open(storage.url(), storage.username(), password);
    }

    /** Opens the database and brings its schema up to date; closes it again if that fails. */
    public static HikariDataSource openMigrated(String url, String username, String password) {
        H2FileOwner.claim(url, jdbcUrl(url), username, password);
        HikariDataSource dataSource = open(url, username, password);
        try {
            migrate(dataSource, url);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return dataSource;
    }

    /** Runs every pending migration; a failure is reported with the URL (never the password). */
    public static void migrate(DataSource dataSource, String urlForMessages) {
        migrate(dataSource, urlForMessages, null);
    }

    /** As {@link #migrate(DataSource, String)}, in the given schema (tests isolate themselves this way). */
    public static void migrate(DataSource dataSource, String urlForMessages, String schema) {
        try {
            var configuration = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration");
            if (schema != null) {
                configuration.schemas(schema).defaultSchema(schema).createSchemas(true);
            }
            configuration.load().migrate();
        } catch (FlywayException e) {
            throw new DatabaseUnavailableException("Cannot prepare the database at " + urlForMessages + ": "
                    + firstLine(e) + ". Fix: check storage.url in bot-config.yml (and RUMOURMILL_DB_PASSWORD for "
                    + "PostgreSQL); if the H2 file is in use, stop the other Rumour Mill process first.", e);
        }
    }

    static String jdbcUrl(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        String withMode = upper.contains(";MODE=") ? url : url + H2_COMPATIBILITY;
        // H2 would close the database in its own shutdown hook, before the bot has stopped using it on SIGTERM.
        return upper.contains(";DB_CLOSE_ON_EXIT=") ? withMode : withMode + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
