package dev.rumourmill.config;

/**
 * Where the bot keeps what it has seen and sent. The password is never read from the file: it comes
 * from the {@code RUMOURMILL_DB_PASSWORD} environment variable.
 *
 * @param url      a JDBC URL: an H2 file (the default) or PostgreSQL
 * @param username the database user (PostgreSQL)
 */
public record StorageProperties(String url, String username) {

    public static final String DEFAULT_URL = "jdbc:h2:file:./data/rumourmill";

    public StorageProperties {
        url = url == null || url.isBlank() ? DEFAULT_URL : url.trim();
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new InvalidConfigException("url", url,
                    "use jdbc:h2:file:./data/rumourmill (built in) or jdbc:postgresql://host:5432/dbname");
        }
    }

    public static StorageProperties defaults() {
        return new StorageProperties(null, null);
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }
}
