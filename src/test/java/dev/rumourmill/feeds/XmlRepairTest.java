package dev.rumourmill.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class XmlRepairTest {

    @Test
    @DisplayName("HTML entities become numeric references; XML's five and numeric references stay")
    void htmlEntities() {
        // GIVEN text mixing HTML-only entities with XML ones
        String text = "<t>Pe&ntilde;a&nbsp;&amp; &lt;b&gt; &#233; &#xE9; &QUOT;</t>";

        // WHEN it is repaired
        // THEN only the HTML-only entities change
        assertThat(XmlRepair.repair(text)).isEqualTo("<t>Pe&#241;a&#160;&amp; &lt;b&gt; &#233; &#xE9; &#34;</t>");
    }

    @Test
    @DisplayName("bare ampersands are escaped, but not inside CDATA")
    void bareAmpersands() {
        String text = "<l a=\"?x=1&y=2\">AT&T & co</l><d><![CDATA[AT&T &nbsp;]]></d>";

        assertThat(XmlRepair.repair(text))
                .isEqualTo("<l a=\"?x=1&amp;y=2\">AT&amp;T &amp; co</l><d><![CDATA[AT&T &nbsp;]]></d>");
    }

    @Test
    @DisplayName("text with nothing to repair is returned as the same instance; unknown entity names are left alone")
    void nothingToRepair() {
        String clean = "<t>a &amp; b</t>";
        String unknown = "<t>&madeup;</t>";

        assertThat(XmlRepair.repair(clean)).isSameAs(clean);
        assertThat(XmlRepair.repair(unknown)).isSameAs(unknown);
    }

    @Test
    @DisplayName("a body of nothing but ampersands is not repaired, so it cannot blow up memory")
    void repairIsBounded() {
        // GIVEN a large text that would grow fivefold
        String ampersands = "<t>" + "&".repeat(100_000) + "</t>";

        // WHEN / THEN it is handed back unrepaired
        assertThat(XmlRepair.repair(ampersands)).isSameAs(ampersands);
    }
}
