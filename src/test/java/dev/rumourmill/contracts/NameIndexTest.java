package dev.rumourmill.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NameIndexTest {

    private final NameIndex index = new NameIndex(List.of(
            List.of("Ibrahima Konaté", "Ibou"),
            List.of("Martin Ødegaard"),
            List.of("Virgil van Dijk"),
            List.of("Bernardo Silva"),
            List.of("Thiago Silva")));

    @Test
    @DisplayName("folding removes accents, case and punctuation the way people type names")
    void folding() {
        assertThat(NameFolding.fold("Ødegaard")).isEqualTo("odegaard");
        assertThat(NameFolding.fold("  KONATÉ ")).isEqualTo("konate");
        assertThat(NameFolding.fold("Trent Alexander-Arnold")).isEqualTo("trent alexander arnold");
        assertThat(NameFolding.fold("John O'Shea")).isEqualTo("john oshea");
    }

    @Test
    @DisplayName("a surname, a nickname or a later word of the name finds the player exactly")
    void exactWords() {
        assertThat(index.search("konate", 5)).first().isEqualTo(new NameIndex.Hit(0, NameIndex.Quality.EXACT_WORD));
        assertThat(index.search("ibou", 5)).first().isEqualTo(new NameIndex.Hit(0, NameIndex.Quality.EXACT_NAME));
        assertThat(index.search(NameFolding.fold("Ødegaard"), 5)).extracting(NameIndex.Hit::entry).containsExactly(1);
        assertThat(index.search("van dijk", 5)).extracting(NameIndex.Hit::entry).containsExactly(2);
    }

    @Test
    @DisplayName("a shared surname returns every player who has it")
    void sharedSurname() {
        assertThat(index.search("silva", 5)).extracting(NameIndex.Hit::entry).containsExactlyInAnyOrder(3, 4);
    }

    @Test
    @DisplayName("a misspelt name is suggested by similarity")
    void typos() {
        assertThat(index.similar("konatte", 5)).containsExactly(0);
        assertThat(index.similar("xyzzy", 5)).isEmpty();
    }
}
