package dev.rumourmill.testsupport;

import com.zaxxer.hikari.HikariDataSource;
import dev.rumourmill.system.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A freshly migrated database for one test: an in-memory H2, or a private schema in the PostgreSQL on
 * 127.0.0.1:5432 (database {@code test}, trust auth) that is dropped afterwards. Flyway migrates a template
 * once per JVM; each test gets a copy of it ({@link MigratedTemplates}), which the app sees as migrated.
 *
 * <p>Without a reachable PostgreSQL the PostgreSQL tests are skipped with a loud message, except in CI
 * ({@code CI=true}) or with {@code RUMOURMILL_REQUIRE_POSTGRES=true}, where they fail.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String POSTGRES_URL = System.getProperty("rumourmill.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String POSTGRES_USER = System.getProperty("rumourmill.test.postgres.user", "postgres");

    public enum Kind { H2, POSTGRES }

    /** Once PostgreSQL answered, later tests do not ask again (a failure then shows in the test that meets it). */
    private static volatile boolean postgresReachable;

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
        String url = "jdbc:h2:mem:rm" + MigratedTemplates.id() + ";DB_CLOSE_DELAY=-1";
        HikariDataSource dataSource = open(url, "sa");
        MigratedTemplates.copyH2Into(dataSource);
        return new TestDatabase(Kind.H2, dataSource, null);
    }

    public static TestDatabase postgres() {
        requirePostgres();
        String schema = "rm_test_" + MigratedTemplates.id();
        MigratedTemplates.copyPostgresInto(schema);
        return new TestDatabase(Kind.POSTGRES, open(postgresUrl(schema), POSTGRES_USER), schema);
    }

    /**
     * The bot's pool (Database.open), which opens connections as a test needs them rather than all eight at once:
     * most tests use one or two, and a PostgreSQL connection is a server process started.
     */
    static HikariDataSource open(String url, String user) {
        HikariDataSource dataSource = Database.open(url, user, "");
        dataSource.getHikariConfigMXBean().setMinimumIdle(1);
        return dataSource;
    }

    /**
     * The JDBC URL (user {@code sa}) of a fresh, migrated in-memory H2 for a bot that opens the database itself:
     * its own migration finds nothing to do. The database lives as long as the JVM.
     */
    public static String migratedH2Url(String name) {
        String url = "jdbc:h2:mem:" + name + MigratedTemplates.id() + ";DB_CLOSE_DELAY=-1";
        try (HikariDataSource dataSource = open(url, "sa")) {
            MigratedTemplates.copyH2Into(dataSource);
        }
        return url;
    }

    /** The JDBC URL of a fresh, empty PostgreSQL schema (migrated on first use by the app itself). */
    public static String freshPostgresUrl() {
        requirePostgres();
        String schema = "rm_test_" + MigratedTemplates.id();
        try (Connection c = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "")) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        MigratedTemplates.dropPostgresOnExit(schema);
        return postgresUrl(schema);
    }

    /**
     * The JDBC URL of a fresh, migrated PostgreSQL schema for bots that open the database themselves: their own
     * migration finds nothing to do. The schema is dropped when the JVM exits.
     */
    public static String migratedPostgresUrl() {
        requirePostgres();
        String schema = "rm_test_" + MigratedTemplates.id();
        MigratedTemplates.copyPostgresInto(schema);
        MigratedTemplates.dropPostgresOnExit(schema);
        return postgresUrl(schema);
    }

    /**
     * The URL of a schema, for sessions that commit without waiting for the disk: a test never crashes the
     * server, and what a commit makes visible to the other sessions is the same (only a server crash could lose it).
     */
    static String postgresUrl(String schema) {
        return POSTGRES_URL + (POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema
                + "&options=-c%20synchronous_commit%3Doff";
    }

    public static void requirePostgres() {
        if (postgresReachable) {
            return;
        }
        try (Connection ignored = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "")) {
            postgresReachable = true;
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
