package dev.rumourmill.contracts;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Turns a name into the form people type: "Ødegaard" → "odegaard", "Konaté" → "konate",
 * "Alexander-Arnold" → "alexander arnold", "O'Brien" → "obrien".
 */
public final class NameFolding {

    private NameFolding() {
    }

    public static String fold(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        char[] input = name.toCharArray();
        // Lucene's contract: the output may be up to four times as long (e.g. "ǆ" → "dz" plus room).
        char[] folded = new char[input.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(input, 0, folded, 0, input.length);
        StringBuilder out = new StringBuilder(length);
        boolean space = false;
        for (int i = 0; i < length; i++) {
            char c = Character.toLowerCase(folded[i]);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else if (c != '\'' && c != '’') {
                // Apostrophes join letters: people type "obrien" for O'Brien far more often than "o brien".
                space = true;
            }
        }
        return out.toString();
    }
}
