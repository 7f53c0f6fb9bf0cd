package dev.rumourmill.contracts;

/** One autocomplete choice as Discord shows it: both at most 100 characters. */
public record Choice(String label, String value) {

    public static final int MAX_LENGTH = 100;
    public static final int MAX_CHOICES = 25;

    public Choice {
        label = truncate(label);
        value = truncate(value);
    }

    static String truncate(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }
}
