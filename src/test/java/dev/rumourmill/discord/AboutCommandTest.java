package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

class AboutCommandTest {

    @ParameterizedTest(name = "{0} s -> {1}")
    @CsvSource({"42, 0m 42s", "3725, 1h 2m", "183600, 2d 3h"})
    @DisplayName("uptime is shown in the two largest units")
    void uptimeIsShort(long seconds, String expected) {
        // GIVEN an uptime / WHEN described / THEN it reads like the expected text
        assertThat(AboutCommand.describe(Duration.ofSeconds(seconds))).isEqualTo(expected);
    }
}
