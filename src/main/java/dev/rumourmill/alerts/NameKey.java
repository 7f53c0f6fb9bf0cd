package dev.rumourmill.alerts;

import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/** Compares names the way fans type them: case, accents (also ø ł đ æ ß) and spacing do not matter. */
final class NameKey {

    private NameKey() {
    }

    static String of(String name) {
        if (name == null) {
            return "";
        }
        char[] input = name.strip().toCharArray();
        char[] output = new char[input.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
        return new String(output, 0, length).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
