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

    @Test
    @DisplayName("a text with many letters that expand folds whole and still maps offsets back")
    void manyExpandingLetters() {
        // GIVEN forty letters that each fold to two (more than any fixed slack), then a name
        String original = "ß".repeat(40) + " Æsir joins Arsenal";
        // WHEN it is folded
        FoldedText text = FoldedText.of(original);
        // THEN every letter is folded and the name maps back to where it is written
        assertThat(text.folded()).isEqualTo("ss".repeat(40) + " aesir joins arsenal");
        int folded = text.folded().indexOf("arsenal");
        assertThat(text.originalOffset(folded)).isEqualTo(original.indexOf("Arsenal"));
        assertThat(text.originalEnd(text.folded().length())).isEqualTo(original.length());
    }

    @Test
    @DisplayName("folding a name that is already folded gives the same text as folding it afresh")
    void alreadyFolded() {
        // GIVEN names already in lower-case ASCII, and ones that are not
        // WHEN / THEN folding gives the folded form in both cases
        assertThat(FoldedText.fold("real madrid")).isEqualTo("real madrid");
        assertThat(FoldedText.fold(" real  madrid ")).isEqualTo("real madrid");
        assertThat(FoldedText.fold("Real Madrid")).isEqualTo("real madrid");
    }

    @Test
    @DisplayName("when no letter expands, offsets are the same both ways, accents and symbols included")
    void sameOffsetsWhenNothingExpands() {
        // GIVEN accented letters and a currency sign, each folding to one character
        String original = "Konaté to Atlético for €60m";

        // WHEN it is folded
        FoldedText text = FoldedText.of(original);

        // THEN each folded offset is the original one, and offsets past the end stop at the end
        assertThat(text.folded()).isEqualTo("konate to atletico for  60m");
        int folded = text.folded().indexOf("atletico");
        assertThat(text.originalOffset(folded)).isEqualTo(original.indexOf("Atlético"));
        assertThat(text.foldedOffset(original.indexOf("for"))).isEqualTo(text.folded().indexOf("for"));
        assertThat(text.foldedOffset(original.length() + 5)).isEqualTo(text.folded().length());
        assertThat(text.originalEnd(folded + "atletico".length())).isEqualTo(original.indexOf(" for"));
    }
}
