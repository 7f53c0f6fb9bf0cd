package dev.rumourmill.rumours;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The words of one language the engine looks for, read from the resource folder {@code rumours/<lang>/}:
 * one text file per list, one phrase per line, {@code #} starts a comment. Code says how a list is used;
 * the file says what it holds, so adding a phrase or a language needs no Java. Immutable, thread-safe.
 */
public final class Lexicon {

    private final String language;
    private final ConcurrentMap<String, List<String>> lists = new ConcurrentHashMap<>();

    private Lexicon(String language) {
        this.language = language;
    }

    public static Lexicon english() {
        return of("en");
    }

    public static Lexicon of(String language) {
        if (!language.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("a language is a two- or three-letter code, not '" + language + "'");
        }
        return new Lexicon(language);
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
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private List<String> read(String list) {
        return lines(list).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
    }
}
