package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    @DisplayName("an alternation quotes each phrase and tries the longest first")
    void alternationQuotesLongestFirst() {
        // GIVEN phrases with regex characters, one the start of another
        String alternation = Lexicon.anyOf(List.of("no.", "move", "move from"), "\\s+");

        // WHEN / THEN the longer phrase wins and '.' is a full stop, not any character
        Pattern pattern = Pattern.compile("\\b" + alternation);
        var m = pattern.matcher("a move  from Ajax");
        assertThat(m.find()).isTrue();
        assertThat(m.group()).isEqualTo("move  from");
        assertThat(pattern.matcher("nox").find()).isFalse();
        assertThat(pattern.matcher("no. 9").find()).isTrue();
    }

    @Test
    @DisplayName("one lexicon per language; a missing list is named in the error")
    void oneInstanceAndClearErrors() {
        assertThat(Lexicon.of("en")).isSameAs(Lexicon.english());
        assertThatThrownBy(() -> Lexicon.english().phrases("no-such-list"))
                .hasMessageContaining("rumours/en/no-such-list.txt");
        assertThatThrownBy(() -> Lexicon.of("../x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("every English list file says in a header comment what it is for")
    void everyListHasAHeader() throws IOException {
        // GIVEN the files of rumours/en
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/rumours/en"))) {
            for (Path file : files.toList()) {
                // WHEN / THEN each starts with a comment and lists something
                List<String> lines = Files.readAllLines(file);
                assertThat(lines.get(0)).as(file.toString()).startsWith("# ");
                String list = file.getFileName().toString().replace(".txt", "");
                assertThat(Lexicon.english().lines(list)).as(file.toString()).isNotEmpty();
            }
        }
    }
}
