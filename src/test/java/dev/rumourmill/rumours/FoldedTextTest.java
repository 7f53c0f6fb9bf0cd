package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FoldedTextTest {

    @Test
    @DisplayName("folding removes accents, including letters Unicode does not decompose (ø ł đ æ ß)")
    void foldsAllAccents() {
        // GIVEN names with hard letters
        // WHEN folded
        // THEN
        assertThat(FoldedText.fold("Konaté Ødegaard Højlund Łukasz Đorđević Æbelø Großkreutz"))
                .isEqualTo("konate odegaard hojlund lukasz dordevic aebelo grosskreutz");
    }

    @Test
    @DisplayName("an offset in the folded text maps back to the original, even after a letter that expands")
    void mapsOffsetsBack() {
        // GIVEN a text where ß folds to two letters
        FoldedText text = FoldedText.of("Großkreutz joins Arsenal");

        // WHEN the folded position of "arsenal" is mapped back
        int folded = text.folded().indexOf("arsenal");

        // THEN it points at "Arsenal" in the original
        assertThat(text.originalOffset(folded)).isEqualTo(text.original().indexOf("Arsenal"));
        assertThat(text.originalEnd(folded + 7)).isEqualTo(text.original().length());
    }
}
