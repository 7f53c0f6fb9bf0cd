package dev.rumourmill.system;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * A freshly migrated database for one benchmark round, removed on close, so that a benchmark never touches the
 * bot's own tables and no round inherits another's rows, caches or free space: without a URL an H2 file database
 * in a new temporary directory (the bot's default storage), otherwise a private schema in the given H2 or
 * PostgreSQL database, dropped afterwards.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final HikariDataSource base;
    private final String schema;
    private final Path directory;
    private final String description;

    private ScratchDatabase(HikariDataSource dataSource, HikariDataSource base, String schema, Path directory) {
        this.dataSource = dataSource;
        this.base = base;
        this.schema = schema;
        this.directory = directory;
        this.description = describe(dataSource, directory != null ? "file database in a temporary directory"
                : "private schema in " + redacted(base.getJdbcUrl()));
    }

    /** @param url a JDBC URL of H2 or PostgreSQL, or null for an H2 file database in a temporary directory */
    public static ScratchDatabase create(String url, String username, String password) {
        if (url == null) {
            Path directory;
            try {
                directory = Files.createTempDirectory("rumourmill-bench");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String fileUrl = "jdbc:h2:file:" + directory.resolve("bench").toAbsolutePath();
            HikariDataSource dataSource = Database.open(fileUrl, "sa", "");
            Database.migrate(dataSource, fileUrl);
            return new ScratchDatabase(dataSource, null, null, directory);
        }
        String schema = "rm_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        HikariDataSource base = Database.open(url, username, password);
        new JdbcTemplate(base).execute("CREATE SCHEMA " + schema);
        String scoped = url.startsWith("jdbc:h2:") ? url + ";SCHEMA=" + schema
                : url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        HikariDataSource dataSource = Database.open(scoped, username, password);
        Database.migrate(dataSource, url, schema);
        return new ScratchDatabase(dataSource, base, schema, null);
    }

    public HikariDataSource dataSource() {
        return dataSource;
    }

    /** Which database this is, for the benchmark's output: product, version and where. */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        if (directory != null) {
            // At once, without H2's compaction on close, which would only cost time here.
            new JdbcTemplate(dataSource).execute("SHUTDOWN");
            dataSource.close();
            FileSystemUtils.deleteRecursively(directory.toFile());
            return;
        }
        dataSource.close();
        new JdbcTemplate(base).execute("DROP SCHEMA " + schema + " CASCADE");
        base.close();
    }

    private static String describe(HikariDataSource dataSource, String where) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + ", " + where;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's version: " + e.getMessage(), e);
        }
    }

    private static String redacted(String url) {
        int parameters = url.indexOf('?');
        return parameters < 0 ? url : url.substring(0, parameters);
    }
}
