package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SpellingTest {

    @Test
    @DisplayName("transliterations of one name are one name")
    void transliterations() {
        assertThat(Spelling.sameName("Andrei", "Andrey")).isTrue();
        assertThat(Spelling.sameName("Mohamed", "Mohammed")).isTrue();
        assertThat(Spelling.sameName("Fernandes", "Fernández")).isTrue();
    }

    @Test
    @DisplayName("names sharing only their first letters are different names")
    void differentNames() {
        assertThat(Spelling.sameFirstName("Kyle", "Kylian")).isFalse();
        assertThat(Spelling.sameName("Salahdine", "Salah")).isFalse();
        assertThat(Spelling.sameFirstName("Ian", "Ivan")).isFalse();
    }

    @Test
    @DisplayName("a short form of a first name is that first name")
    void shortForms() {
        assertThat(Spelling.sameFirstName("Alex", "Alexander")).isTrue();
        assertThat(Spelling.sameName("Alex", "Alexander")).isFalse();
    }
}
