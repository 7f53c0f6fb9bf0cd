package dev.rumourmill.rumours;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * The words of one language the engine looks for, read from the resource folder {@code rumours/<lang>/}:
 * one text file per list, one phrase per line, {@code #} starts a comment. Code says how a list is used;
 * the file says what it holds, so adding a phrase or a language needs no Java. Immutable, thread-safe.
 */
final class Lexicon {

    private static final ConcurrentMap<String, Lexicon> LANGUAGES = new ConcurrentHashMap<>();

    private final String language;
    private final ConcurrentMap<String, List<String>> lists = new ConcurrentHashMap<>();

    private Lexicon(String language) {
        this.language = language;
    }

    public static Lexicon english() {
        return of("en");
    }

    /** The lexicon of {@code rumours/<language>/}; one instance per language, its files read once. */
    public static Lexicon of(String language) {
        if (!language.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("a language is a two- or three-letter code, not '" + language + "'");
        }
        return LANGUAGES.computeIfAbsent(language, Lexicon::new);
    }

    public String language() {
        return language;
    }

    /** The resource path of any file of this language's folder (a list, a trained model). */
    String resource(String file) {
        return "rumours/" + language + "/" + file;
    }

    /** The resource path of a list, for messages and for readers of grouped files such as cues.txt. */
    String path(String list) {
        return resource(list + ".txt");
    }

    /** The phrases of {@code rumours/<lang>/<list>.txt}, lower-cased, in file order. */
    List<String> phrases(String list) {
        return lists.computeIfAbsent(list, this::read);
    }

    /** The phrases of a list as a set, for whole-word look-ups. */
    Set<String> set(String list) {
        return Set.copyOf(phrases(list));
    }

    /**
     * A regex alternation {@code (?:...)} of the list's phrases, each quoted, the longest first (so "move from"
     * is tried before "move"); the words of a phrase may be separated by any white space.
     */
    String anyOf(String list) {
        return anyOf(phrases(list), "\\s+");
    }

    /** As {@link #anyOf(String)}, with the words of a phrase separated by what {@code between} matches. */
    String anyOf(String list, String between) {
        return anyOf(phrases(list), between);
    }

    static String anyOf(Collection<String> phrases, String between) {
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("an alternation needs at least one phrase");
        }
        List<String> longestFirst = new ArrayList<>(phrases);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        List<String> quoted = new ArrayList<>();
        for (String phrase : longestFirst) {
            List<String> words = new ArrayList<>();
            for (String word : phrase.strip().split("\\s+")) {
                words.add(Pattern.quote(word));
            }
            quoted.add(String.join(between, words));
        }
        return "(?:" + String.join("|", quoted) + ")";
    }

    /** The lines of a two-column list ({@code written | value}) as a map, in file order; the key lower-cased. */
    Map<String, String> pairs(String list) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String line : lines(list)) {
            String[] parts = line.split("\\|", -1);
            if (parts.length != 2) {
                throw new IllegalStateException(path(list) + ": expected 'written | value', not: " + line);
            }
            pairs.put(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip());
        }
        return pairs;
    }

    /** The non-comment lines of a list file as written (for files with more structure than one phrase). */
    List<String> lines(String list) {
        String path = path(list);
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the jar");
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String kept = line.strip();
                if (!kept.isEmpty() && !kept.startsWith("#")) {
                    lines.add(kept);
                }
            }
            if (lines.isEmpty()) {
                throw new IllegalStateException(path + " lists nothing");
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private List<String> read(String list) {
        return lines(list).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
    }
}
