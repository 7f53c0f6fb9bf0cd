package dev.rumourmill.rumours;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Money as the press writes it: "€20m", "£39.5 million", "55 million euros", "$610,000". */
final class Amounts {

    private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final String UNIT = "(?:\\s?(?:[mM]|mn|[mM]illion|millon|bn|[bB]illion|k))\\b";
    /**
     * The amount itself starts with a currency sign or a digit, so the matcher skips ahead cheaply; the
     * qualifier ("around", "at least") is looked up behind it separately.
     */
    static final Pattern AMOUNT = Pattern.compile(
            "(?:(?<cur>[£€$])\\s?(?<n1>" + NUMBER + ")(?<u1>" + UNIT + ")?"
                    + "|(?<n2>" + NUMBER + ")(?<u2>" + UNIT + ")?\\s?(?<cur2>[eE]uros?|[pP]ounds?|[dD]ollars?|EUR|GBP|USD)\\b)"
                    + "(?<conversion>\\s?\\((?:about\\s|around\\s|approx\\.?\\s)?[£€$]\\s?(?:" + NUMBER + ")" + UNIT + "?\\))?");
    /** Where an amount can start: a currency sign or a digit. */
    static final Scanning.Starts STARTS = Scanning.Starts.digitsAnd("£€$");
    private static final Pattern QUALIFIER = Pattern.compile(
            "(?i)(?:around|about|roughly|approximately|at least|more than|less than|over|under|up to|in excess of|"
                    + "in the region of|worth|close to|nearly|almost|rising to|a reported|an initial|initial)\\s+$");

    /** The qualifier written just before an amount starting at {@code start}, with its space, or "". */
    static String qualifierBefore(CharSequence text, int start) {
        // The qualifier ends in white space right before the amount: without it, no pattern to try.
        // (U+0085, NEL, is no white space to Java but may stand where the pattern's "$" is: a final line break.)
        if (start == 0 || !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != '\u0085') {
            return "";
        }
        int from = Math.max(0, start - 20);
        Matcher m = QUALIFIER.matcher(text).region(from, start);
        return m.find() ? text.subSequence(m.start(), start).toString() : "";
    }

    private Amounts() {
    }

    /** A comparable key for an amount: currency and value in millions ("EUR:20.0"), or null if none. */
    static String key(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = AMOUNT.matcher(text);
        if (!m.find()) {
            return null;
        }
        return key(m);
    }

    static String key(Matcher m) {
        String currency = m.group("cur") != null ? m.group("cur") : m.group("cur2");
        String number = m.group("n1") != null ? m.group("n1") : m.group("n2");
        String unit = m.group("u1") != null ? m.group("u1") : m.group("u2");
        double value = Double.parseDouble(number.replace(",", ""));
        String u = unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT);
        if (u.startsWith("b")) {
            value *= 1000;
        } else if (u.equals("k")) {
            value /= 1000;
        } else if (u.isEmpty()) {
            value /= 1_000_000;
        }
        return currencyCode(currency) + ":" + Math.round(value * 1000) / 1000.0;
    }

    private static String currencyCode(String currency) {
        String c = currency.toLowerCase(Locale.ROOT);
        if (c.startsWith("£") || c.startsWith("pound") || c.equals("gbp")) {
            return "GBP";
        }
        if (c.startsWith("€") || c.startsWith("euro") || c.equals("eur")) {
            return "EUR";
        }
        return "USD";
    }
}
