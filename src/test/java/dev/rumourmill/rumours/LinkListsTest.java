package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LinkListsTest {

    @Test
    @DisplayName("a run of short dash-led headlines is clutter; the story after it is not")
    void findsLinkList() {
        // GIVEN a scraped sidebar before the story
        String text = "- Arsenal keen on Sevilla winger - Chelsea plot move for striker - Spurs weigh up bid for keeper "
                + "Arsenal close in on Tomás Vellacourt after talks with Sevilla on Monday went well for both sides.";

        // WHEN
        var ranges = LinkLists.find(text);

        // THEN
        assertThat(ranges).hasSize(1);
        assertThat(ranges.get(0)[0]).isZero();
        assertThat(text.indexOf("Tomás")).isGreaterThan(ranges.get(0)[1]);
    }

    @Test
    @DisplayName("a dash in ordinary prose is not a link list")
    void proseIsNotClutter() {
        assertThat(LinkLists.find("The deal - worth €40m - is close. Talks - long ones - went on.")).isEmpty();
    }
}
