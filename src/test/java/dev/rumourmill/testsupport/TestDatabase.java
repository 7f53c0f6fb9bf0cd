package dev.rumourmill.testsupport;

import com.zaxxer.hikari.HikariDataSource;
import dev.rumourmill.system.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A freshly migrated database for one test: an in-memory H2, or a private schema in the PostgreSQL on
 * 127.0.0.1:5432 (database {@code test}, trust auth) that is dropped afterwards.
 *
 * <p>Without a reachable PostgreSQL the PostgreSQL tests are skipped with a loud message, except in CI
 * ({@code CI=true}) or with {@code RUMOURMILL_REQUIRE_POSTGRES=true}, where they fail.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String POSTGRES_URL = System.getProperty("rumourmill.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String POSTGRES_USER = System.getProperty("rumourmill.test.postgres.user", "postgres");

    public enum Kind { H2, POSTGRES }

    private final Kind kind;
    private final HikariDataSource dataSource;
    private final String schema;

    private TestDatabase(Kind kind, HikariDataSource dataSource, String schema) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.schema = schema;
    }

    public static TestDatabase create(Kind kind) {
        return kind == Kind.H2 ? h2() : postgres();
    }

    public static TestDatabase h2() {
        String url = "jdbc:h2:mem:rm" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        HikariDataSource dataSource = Database.open(url, "sa", "");
        Database.migrate(dataSource, url);
        return new TestDatabase(Kind.H2, dataSource, null);
    }

    public static TestDatabase postgres() {
        requirePostgres();
        String schema = "rm_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String url = POSTGRES_URL + (POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        HikariDataSource dataSource = Database.open(url, POSTGRES_USER, "");
        Database.migrate(dataSource, url, schema);
        return new TestDatabase(Kind.POSTGRES, dataSource, schema);
    }

    /** The JDBC URL of a fresh PostgreSQL schema (migrated on first use by the app itself). */
    public static String freshPostgresUrl() {
        requirePostgres();
        String schema = "rm_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "")) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return POSTGRES_URL + (POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static void requirePostgres() {
        try (Connection ignored = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "")) {
            // reachable
        } catch (SQLException e) {
            String message = "PostgreSQL at " + POSTGRES_URL + " is not reachable (" + e.getMessage()
                    + "): the PostgreSQL tests did NOT run. Start it (.ci/run does) to run them.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))
                    || "true".equalsIgnoreCase(System.getenv("RUMOURMILL_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException(message, e);
            }
            System.err.println("!!!!!!!! " + message);
            Assumptions.abort(message);
        }
    }

    public Kind kind() {
        return kind;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    @Override
    public void close() {
        if (schema != null) {
            jdbc().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        dataSource.close();
    }
}
