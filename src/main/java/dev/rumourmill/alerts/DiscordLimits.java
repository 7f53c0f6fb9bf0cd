package dev.rumourmill.alerts;

/** Discord's limits for one embed; alerts are cut to fit before they are stored. */
final class DiscordLimits {

    static final int TITLE = 256;
    static final int DESCRIPTION = 4096;
    static final int FIELDS = 25;
    static final int FIELD_NAME = 256;
    static final int FIELD_VALUE = 1024;
    static final int FOOTER = 2048;
    static final int EMBED_TOTAL = 6000;

    private DiscordLimits() {
    }

    /** Cuts at a word boundary where one is near, and marks the cut with an ellipsis. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        int space = text.lastIndexOf(' ', end);
        if (space > max * 3 / 4) {
            end = space;
        }
        // Never leave half a surrogate pair or a dangling escape backslash at the cut.
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        while (end > 0 && text.charAt(end - 1) == '\\') {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }
}
