package dev.rumourmill.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExpiringReplyTest {

    @Test
    @DisplayName("a long list is split into pages; asking past the end gives the last page")
    void pages() {
        // GIVEN 23 entries
        var entries = IntStream.range(0, 23).mapToObj(i -> new ExpiringReply.Entry("p" + i, "Player " + i,
                LocalDate.of(2026, 6, 30), ContractStatusKind.FINAL_YEAR, ContractSource.CURATED)).toList();
        ExpiringReply reply = new ExpiringReply(ContractFixtures.NORTHPORT, 12, LocalDate.of(2025, 11, 1), entries, 0,
                "Source: test");

        // THEN pages of 10 are 10, 10 and 3 long
        assertThat(reply.pageCount(10)).isEqualTo(3);
        assertThat(reply.page(0, 10)).hasSize(10).first().extracting(ExpiringReply.Entry::playerId).isEqualTo("p0");
        assertThat(reply.page(2, 10)).hasSize(3);
        assertThat(reply.page(9, 10)).isEqualTo(reply.page(2, 10));
    }

    @Test
    @DisplayName("the within option accepts 6, 12, 18 or 24 months and defaults to 12; a blank club is refused")
    void queryValidation() {
        assertThat(new ExpiringQuery("Liverpool", null).withinMonths()).isEqualTo(12);
        assertThatThrownBy(() -> new ExpiringQuery("Liverpool", 7)).hasMessageContaining("6, 12, 18 or 24");
        assertThatThrownBy(() -> new ExpiringQuery(" ", 12)).hasMessageContaining("club's name");
        assertThatThrownBy(() -> new ContractQuery("x".repeat(101))).hasMessageContaining("at most 100");
    }
}
