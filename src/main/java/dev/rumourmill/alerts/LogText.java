package dev.rumourmill.alerts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps logs and stored errors readable: an error from a chat library may quote a whole feed link of many
 * thousand characters; every unbroken run longer than {@link #LONGEST} is cut to its start and its length.
 */
final class LogText {

    static final int LONGEST = 120;
    private static final Pattern LONG_RUN = Pattern.compile("\\S{" + (LONGEST + 1) + ",}");

    private LogText() {
    }

    static String shorten(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = LONG_RUN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String run = matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(run.substring(0, 60) + "…(" + run.length() + " chars)"));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
