package dev.rumourmill.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractsConfigTest {

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("bot-config.yml"), yaml);
    }

    @Test
    @DisplayName("the shipped bot-config.yml has the contracts section with safe defaults: sample data, no live calls")
    void shippedDefaults() {
        ContractsProperties contracts = BotConfigLoader.load(Path.of("bot-config.yml")).contracts();

        assertThat(contracts.sampleDataWhenEmpty()).isTrue();
        assertThat(contracts.overrides()).isEmpty();
        assertThat(contracts.liveProvider().enabled()).isFalse();
        assertThat(contracts.liveProvider().requestsPerMinute()).isEqualTo(10);
    }

    @Test
    @DisplayName("overrides and the live provider bind from the documented keys")
    void documentedKeysBind() throws IOException {
        // GIVEN a contracts section using every key
        Path file = write("""
                contracts:
                  sample-data-when-empty: false
                  overrides:
                    - player: Ibrahima Konaté
                      expires: 2027-06-30
                      club: Liverpool
                      option: club option +1 year
                      note: club statement
                  live-provider:
                    enabled: true
                    base-url: http://127.0.0.1:8089/v4
                    timeout: 5s
                    requests-per-minute: 30
                    cache-for: 1h
                    persons:
                      - player: Djibril Sow
                        person-id: 16275
                """);

        // WHEN it is loaded
        ContractsProperties contracts = BotConfigLoader.load(file).contracts();

        // THEN every value is typed, and the base URL gained its trailing slash
        assertThat(contracts.sampleDataWhenEmpty()).isFalse();
        assertThat(contracts.overrides()).singleElement().satisfies(o -> {
            assertThat(o.player()).isEqualTo("Ibrahima Konaté");
            assertThat(o.expiryDate()).isEqualTo(LocalDate.of(2027, 6, 30));
            assertThat(o.club()).isEqualTo("Liverpool");
        });
        assertThat(contracts.liveProvider().baseUrl()).hasToString("http://127.0.0.1:8089/v4/");
        assertThat(contracts.liveProvider().timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(contracts.liveProvider().cacheFor()).isEqualTo(Duration.ofHours(1));
        assertThat(contracts.liveProvider().persons()).singleElement()
                .extracting(LivePersonProperties::personId).isEqualTo(16275L);
    }

    @Test
    @DisplayName("a badly written override date is named with its line and the fix")
    void badDate() throws IOException {
        Path file = write("""
                contracts:
                  overrides:
                    - player: Ibrahima Konaté
                      expires: 30/06/2027
                """);

        assertThatThrownBy(() -> BotConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("contracts.overrides[0].expires = '30/06/2027' is not valid")
                .hasMessageContaining("e.g. 2027-06-30");
    }

    @Test
    @DisplayName("the same player overridden twice and a live rate limit of zero are refused")
    void duplicatesAndZeroRate() throws IOException {
        Path twice = write("""
                contracts:
                  overrides:
                    - player: Konaté
                      expires: 2027-06-30
                    - player: konaté
                      expires: 2028-06-30
                """);
        assertThatThrownBy(() -> BotConfigLoader.load(twice)).hasMessageContaining("two overrides");

        Path zero = write("""
                contracts:
                  live-provider:
                    requests-per-minute: 0
                """);
        assertThatThrownBy(() -> BotConfigLoader.load(zero))
                .hasMessageContaining("contracts.live-provider.requests-per-minute = '0'");
    }
}
