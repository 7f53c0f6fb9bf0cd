package dev.rumourmill.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.rumourmill.system.Database;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The copies TestDatabase hands out are the databases Flyway makes, and the app finds nothing to migrate. */
class MigratedTemplatesTest {

    private static final String HISTORY = "SELECT \"version\", \"description\", \"type\", \"script\", \"checksum\", \"success\""
            + " FROM flyway_schema_history ORDER BY \"installed_rank\"";

    @Test
    @DisplayName("an H2 copy dumps as the same tables, indexes, constraints and rows as a database Flyway migrated")
    void h2CopyEqualsAMigratedDatabase() {
        // GIVEN a database Flyway migrated, and a copy from TestDatabase
        String url = "jdbc:h2:mem:rm_migrated_" + MigratedTemplates.id() + ";DB_CLOSE_DELAY=-1";
        try (HikariDataSource migrated = Database.open(url, "sa", ""); TestDatabase copy = TestDatabase.h2()) {
            Database.migrate(migrated, url);

            // WHEN both are dumped
            String expected = h2Dump(new JdbcTemplate(migrated));
            String actual = h2Dump(copy.jdbc());

            // THEN the dumps are equal but for when and how fast each migration ran; migrating the copy changes nothing
            assertThat(actual).isEqualTo(expected).contains("CREATE MEMORY TABLE \"public\".\"feed\"");
            Database.migrate(copy.dataSource(), "the copy");
            assertThat(h2Dump(copy.jdbc())).isEqualTo(expected);
            assertThat(copy.jdbc().queryForList(HISTORY)).isEqualTo(new JdbcTemplate(migrated).queryForList(HISTORY));
        }
    }

    @Test
    @DisplayName("a PostgreSQL copy has the columns, indexes, constraints, sequences and rows of a schema Flyway migrated")
    void postgresCopyEqualsAMigratedSchema() {
        // GIVEN a schema Flyway migrated, and a copy from TestDatabase
        TestDatabase.requirePostgres();
        String schema = "rm_migrated_" + MigratedTemplates.id();
        String url = TestDatabase.postgresUrl(schema);
        try (HikariDataSource migrated = Database.open(url, TestDatabase.POSTGRES_USER, "");
                TestDatabase copy = TestDatabase.postgres()) {
            Database.migrate(migrated, url, schema);
            JdbcTemplate original = new JdbcTemplate(migrated);
            try {
                // WHEN both are described from the catalog
                String copied = copy.jdbc().queryForObject("SELECT current_schema()", String.class);
                String expected = postgresDescription(original, schema);
                String actual = postgresDescription(copy.jdbc(), copied);

                // THEN the descriptions (with Flyway's history) are equal, and migrating the copy changes nothing
                assertThat(actual).isEqualTo(expected).contains("contract_data_version").contains("V65__source_outcomes.sql");
                Database.migrate(copy.dataSource(), "the copy", copied);
                assertThat(postgresDescription(copy.jdbc(), copied)).isEqualTo(expected);
            } finally {
                original.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /** H2's SCRIPT, without the user's salt and the history's timestamps and execution times. */
    private static String h2Dump(JdbcTemplate jdbc) {
        return jdbc.queryForList("SCRIPT", String.class).stream()
                .map(line -> line.replaceAll("SALT '[0-9a-f]+' HASH '[0-9a-f]+'", "SALT HASH")
                        .replaceAll("TIMESTAMP '[^']+', \\d+, (TRUE|FALSE)\\)", "TIMESTAMP, $1)"))
                .collect(Collectors.joining("\n"));
    }

    /** Tables and columns, indexes, constraints, sequences and the rows of every table but Flyway's history. */
    private static String postgresDescription(JdbcTemplate jdbc, String schema) {
        List<String> parts = List.of(
                "SELECT table_name, column_name, ordinal_position, data_type, character_maximum_length, numeric_precision,"
                        + " is_nullable, column_default, is_identity, identity_generation FROM information_schema.columns"
                        + " WHERE table_schema = '" + schema + "' ORDER BY table_name, ordinal_position",
                "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = '" + schema + "'"
                        + " AND tablename <> 'flyway_schema_history' ORDER BY tablename, indexname",
                "SELECT t.relname, c.conname, c.contype, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c"
                        + " JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
                        + " WHERE n.nspname = '" + schema + "' AND t.relname <> 'flyway_schema_history' ORDER BY 1, 2",
                "SELECT sequence_name, data_type, start_value, increment FROM information_schema.sequences"
                        + " WHERE sequence_schema = '" + schema + "' ORDER BY sequence_name");
        StringBuilder description = new StringBuilder();
        for (String query : parts) {
            description.append(jdbc.queryForList(query)).append('\n');
        }
        for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                + schema + "' AND table_name <> 'flyway_schema_history' ORDER BY table_name", String.class)) {
            description.append(table).append(": ").append(jdbc.queryForList("SELECT * FROM " + schema + "." + table)).append('\n');
        }
        description.append(jdbc.queryForList(HISTORY.replace("flyway_schema_history", schema + ".flyway_schema_history")));
        return description.toString().replace(schema, "<schema>");
    }
}
