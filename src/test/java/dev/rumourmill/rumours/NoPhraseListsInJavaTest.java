package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Language lives in rumours/<lang>/*.txt behind the Lexicon; the engine's Java says only how a list is used. */
class NoPhraseListsInJavaTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/rumourmill/rumours");
    /**
     * Classes being rewritten on another branch (MentionResolver's attribution patterns); their lists move to the
     * lexicon with the rewrite. Take a name off when its class no longer holds a list.
     */
    private static final Set<String> BEING_REWRITTEN = Set.of();

    /** Where a list of strings starts: {@code List.of(}, {@code Set.of(}, {@code Map.of(}, an array initialiser. */
    private static final Pattern LIST_START = Pattern.compile(
            "\\b(?:List|Set|Map)\\.of(?:Entries)?\\s*\\(|\\bArrays\\.asList\\s*\\(|String\\s*\\[\\]\\s*\\w*\\s*=?\\s*(?:new\\s+String\\s*\\[\\]\\s*)?\\{");
    /** A string literal that is a word or phrase: letters, with spaces, hyphens, apostrophes or dots. */
    private static final Pattern WORD_LITERAL = Pattern.compile("\"\\p{L}[\\p{L} '.-]*\"");
    /** A regex alternation of three or more words written in a string: {@code "(?:bid|fee|offer)"}. */
    private static final Pattern WORD_ALTERNATION = Pattern.compile("\"[^\"\\n]*\\b\\p{L}{2,}(?: \\p{L}+)*\\|\\p{L}{2,}(?: \\p{L}+)*\\|\\p{L}{2,}[^\"\\n]*\"");

    @Test
    @DisplayName("no Java source of the rumour engine lists three or more words or phrases")
    void noPhraseListsInJava() throws IOException {
        // GIVEN the engine's sources
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (BEING_REWRITTEN.contains(file.getFileName().toString())) {
                    continue;
                }
                // WHEN each is searched for lists of word literals and word alternations
                found.addAll(phraseLists(file.getFileName().toString(), Files.readString(file)));
            }
        }

        // THEN there are none: they belong in src/main/resources/rumours/<lang>/
        assertThat(found).as("phrase lists in Java; move them to rumours/en/*.txt (see docs/rumours.md)").isEmpty();
    }

    @Test
    @DisplayName("the check catches a word list, an array of words and a regex alternation of words")
    void checkCatchesLists() {
        // GIVEN / WHEN / THEN
        assertThat(phraseLists("A.java", "Set<String> S = Set.of(\"fee\", \"bid\",\n \"offer\");")).hasSize(1);
        assertThat(phraseLists("B.java", "String[] s = {\"fee\", \"bid\", \"release clause\"};")).hasSize(1);
        assertThat(phraseLists("C.java", "Pattern.compile(\"\\\\b(?:fee|bid|offer)\\\\b\")")).hasSize(1);
        assertThat(phraseLists("D.java", "Set.of(\"official\", \"1\", \"2\", \"3\")")).isEmpty();
        assertThat(phraseLists("E.java", "Pattern.compile(\"[,;:()—–]|\\\\s-\\\\s|(?:19|20)\\\\d{2}\")")).isEmpty();
    }

    static List<String> phraseLists(String name, String source) {
        List<String> found = new ArrayList<>();
        Matcher start = LIST_START.matcher(source);
        while (start.find()) {
            String arguments = balanced(source, start.end() - 1);
            long words = WORD_LITERAL.matcher(arguments).results().count();
            if (words >= 3) {
                found.add(name + ": " + firstLine(source.substring(start.start())));
            }
        }
        Matcher alternation = WORD_ALTERNATION.matcher(source);
        while (alternation.find()) {
            found.add(name + ": " + alternation.group());
        }
        return found;
    }

    /** The text from the bracket at {@code open} to its matching close (strings are not parsed: good enough). */
    private static String balanced(String source, int open) {
        char opening = source.charAt(open);
        char closing = opening == '(' ? ')' : '}';
        int depth = 0;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return source.substring(open, i + 1);
            }
        }
        return source.substring(open);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
