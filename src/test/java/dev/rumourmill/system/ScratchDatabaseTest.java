package dev.rumourmill.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class ScratchDatabaseTest {

    @Test
    @DisplayName("without a URL a scratch database is a migrated H2 file in a temporary directory, deleted on close")
    void h2FileDeletedOnClose() {
        // GIVEN a scratch database without a URL
        Path directory;
        try (ScratchDatabase db = ScratchDatabase.create(null, null, null)) {
            // WHEN it is used
            String url = db.dataSource().getJdbcUrl();
            directory = Path.of(url.substring("jdbc:h2:file:".length(), url.indexOf(';'))).getParent();

            // THEN it has the bot's tables and says what it is
            assertThat(new JdbcTemplate(db.dataSource()).queryForObject("SELECT COUNT(*) FROM feed", Integer.class)).isZero();
            assertThat(db.description()).startsWith("H2 ").endsWith("file database in a temporary directory");
            assertThat(directory).isDirectory();
        }
        // AND its directory is gone once closed
        assertThat(Files.exists(directory)).isFalse();
    }

    @Test
    @DisplayName("with a PostgreSQL URL a scratch database is a migrated private schema, dropped on close")
    void postgresSchemaDroppedOnClose() throws SQLException {
        // GIVEN a scratch database in the test PostgreSQL
        TestDatabase.requirePostgres();
        String schema;
        try (ScratchDatabase db = ScratchDatabase.create(TestDatabase.POSTGRES_URL, TestDatabase.POSTGRES_USER, "")) {
            // WHEN it is used
            JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
            schema = jdbc.queryForObject("SELECT current_schema()", String.class);

            // THEN it has the bot's tables in a schema of its own and says what it is
            assertThat(schema).startsWith("rm_bench_");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM feed", Integer.class)).isZero();
            assertThat(db.description()).startsWith("PostgreSQL ").endsWith("private schema in " + TestDatabase.POSTGRES_URL);
        }
        // AND the schema is gone once closed
        try (Connection connection = DriverManager.getConnection(TestDatabase.POSTGRES_URL, TestDatabase.POSTGRES_USER, "");
             ResultSet schemas = connection.getMetaData().getSchemas(null, schema)) {
            assertThat(schemas.next()).isFalse();
        }
    }
}
