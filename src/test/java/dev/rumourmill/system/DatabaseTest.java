package dev.rumourmill.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatabaseTest {

    @Test
    @DisplayName("an H2 URL is opened in PostgreSQL mode and left open until the bot itself closes it")
    void h2UrlIsCompleted() {
        assertThat(Database.jdbcUrl("jdbc:h2:file:./data/rumourmill"))
                .isEqualTo("jdbc:h2:file:./data/rumourmill;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    @DisplayName("settings the user wrote into the H2 URL are kept, and PostgreSQL URLs are left alone")
    void userSettingsWin() {
        assertThat(Database.jdbcUrl("jdbc:h2:mem:x;MODE=MySQL;DB_CLOSE_ON_EXIT=TRUE"))
                .isEqualTo("jdbc:h2:mem:x;MODE=MySQL;DB_CLOSE_ON_EXIT=TRUE");
        assertThat(Database.jdbcUrl("jdbc:postgresql://db/rumourmill")).isEqualTo("jdbc:postgresql://db/rumourmill");
    }
}
