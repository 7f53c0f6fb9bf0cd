package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SourceTiersTest {

    private static final Source THE_SUN = TestEngine.KNOWLEDGE.source("the-sun").orElseThrow();

    @Test
    @DisplayName("without overrides a source has its default tier")
    void defaults() {
        assertThat(SourceTiers.defaults().tierOf(THE_SUN, "123")).isEqualTo("4");
    }

    @Test
    @DisplayName("a server's override beats an override for every server, which beats the default")
    void guildOverrideWins() {
        // GIVEN overrides by alias ("The Sun on Sunday" is The Sun) for all servers and for server 42
        SourceTiers tiers = SourceTiers.of(List.of(
                new SourceTiers.Override("The Sun on Sunday", "3", null),
                new SourceTiers.Override("the sun", "2", "42")), TestEngine.KNOWLEDGE);

        // WHEN / THEN
        assertThat(tiers.tierOf(THE_SUN, "42")).isEqualTo("2");
        assertThat(tiers.tierOf(THE_SUN, "7")).isEqualTo("3");
        assertThat(tiers.tierOf(THE_SUN, null)).isEqualTo("3");
    }

    @Test
    @DisplayName("an unknown tier is refused with the allowed values")
    void badTier() {
        assertThatThrownBy(() -> new SourceTiers.Override("The Sun", "5", null))
                .hasMessageContaining("'5'").hasMessageContaining("aggregator");
    }
}
