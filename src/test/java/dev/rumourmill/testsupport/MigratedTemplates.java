package dev.rumourmill.testsupport;

import com.zaxxer.hikari.HikariDataSource;
import dev.rumourmill.system.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The schema the Flyway migrations make, migrated once per test JVM and copied into each test's database.
 * Migrating afresh for every test cost most of the database tests' time (Flyway's own work, PostgreSQL's
 * transaction per migration); a copy takes a fraction of it. A copy has the tables, indexes, seed rows and
 * the Flyway history of a migrated database, so the app's own {@link Database#migrate} finds nothing to do on
 * it, as on any migrated database. MigratedTemplatesTest checks that a copy equals a migrated database.
 */
final class MigratedTemplates {

    private static List<String> h2Script;
    private static PostgresTemplate postgres;

    private MigratedTemplates() {
    }

    /** Fills an empty H2 database with the statements of {@code SCRIPT} (H2's own dump) of a migrated one. */
    static void copyH2Into(DataSource empty) {
        try (Connection connection = empty.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : h2Script()) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot copy the migrated H2 schema", e);
        }
    }

    private static synchronized List<String> h2Script() {
        if (h2Script == null) {
            // No DB_CLOSE_DELAY: the in-memory template is gone once its pool is closed.
            String url = "jdbc:h2:mem:rm_template_" + id();
            try (HikariDataSource template = TestDatabase.open(url, "sa")) {
                Database.migrate(template, url);
                List<String> script = new ArrayList<>();
                try (Connection connection = template.getConnection(); Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SCRIPT")) {
                    while (rows.next()) {
                        script.add(rows.getString(1));
                    }
                }
                h2Script = List.copyOf(script);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot dump the migrated H2 template", e);
            }
        }
        return h2Script;
    }

    /** Creates {@code schema} in the test PostgreSQL as a copy of the migrated template schema. */
    static void copyPostgresInto(String schema) {
        postgresTemplate().copyInto(schema);
    }

    /** Drops a schema the test hands to a bot (which never says when it is done with it) when the JVM exits. */
    static void dropPostgresOnExit(String schema) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PostgresTemplate.execute(
                "SET lock_timeout = '5s'; DROP SCHEMA IF EXISTS " + schema + " CASCADE")));
    }

    private static synchronized PostgresTemplate postgresTemplate() {
        if (postgres == null) {
            postgres = PostgresTemplate.migrate();
        }
        return postgres;
    }

    static String id() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /**
     * A schema Flyway migrated, and the SQL of the migrations it applied, in its order. A copy runs that SQL in
     * one transaction in the new schema and takes the template's history rows: the same statements Flyway ran,
     * without Flyway's bookkeeping and a commit per migration. The template is dropped when the JVM exits.
     */
    private record PostgresTemplate(String schema, String migrations) {

        static PostgresTemplate migrate() {
            String schema = "rm_template_" + id();
            String url = TestDatabase.postgresUrl(schema);
            dropPostgresOnExit(schema);
            try (HikariDataSource template = TestDatabase.open(url, TestDatabase.POSTGRES_USER)) {
                Database.migrate(template, url, schema);
                StringBuilder migrations = new StringBuilder();
                try (Connection connection = template.getConnection(); Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT type, script FROM " + schema
                                + ".flyway_schema_history WHERE installed_rank > 0 ORDER BY installed_rank")) {
                    while (rows.next()) {
                        if (!"SQL".equals(rows.getString(1))) {
                            throw new IllegalStateException("MigratedTemplates copies SQL migrations only, not "
                                    + rows.getString(1) + " " + rows.getString(2) + ": teach it, or migrate each test's schema");
                        }
                        migrations.append(resource("db/migration/" + rows.getString(2))).append("\n;\n");
                    }
                }
                return new PostgresTemplate(schema, migrations.toString());
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the migrated PostgreSQL template", e);
            }
        }

        void copyInto(String target) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                statement.execute("SET LOCAL synchronous_commit = off");
                statement.execute("CREATE SCHEMA " + target);
                statement.execute("SET LOCAL search_path TO " + target);
                statement.execute(migrations);
                statement.execute("CREATE TABLE " + target + ".flyway_schema_history (LIKE " + schema
                        + ".flyway_schema_history INCLUDING ALL)");
                statement.execute("INSERT INTO " + target + ".flyway_schema_history SELECT * FROM " + schema
                        + ".flyway_schema_history");
                // The row saying Flyway created the schema names it.
                statement.execute("UPDATE " + target + ".flyway_schema_history SET script = '\"" + target
                        + "\"' WHERE type = 'SCHEMA'");
                connection.commit();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot copy the migrated PostgreSQL schema into " + target, e);
            }
        }

        private static String resource(String path) {
            try (InputStream in = MigratedTemplates.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("Flyway applied " + path + ", which is not on the classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void execute(String sql) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                System.err.println("Could not clean up after the PostgreSQL tests (" + sql + "): " + e.getMessage());
            }
        }

        private static Connection connect() throws SQLException {
            return DriverManager.getConnection(TestDatabase.POSTGRES_URL, TestDatabase.POSTGRES_USER, "");
        }
    }
}
