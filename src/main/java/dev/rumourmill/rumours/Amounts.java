package dev.rumourmill.rumours;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads money as the press writes it: "€20m", "£39.5 million", "55 million euros", "$610,000", "five million
 * pounds", with a qualifier before it ("around €20m") and a conversion after it ("€20m (£17m)"). A range
 * whose first number has no unit of its own ("€20-25m", "between £20 and £25 million") is read with the
 * range's unit. The units, number words and currency words come from the lexicon; the signs £, € and $ are
 * the grammar's. Immutable.
 */
final class Amounts {

    private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";

    private final Map<String, Double> millionsPerUnit = new LinkedHashMap<>();
    private final Map<String, String> currencyCodes;
    private final Map<String, String> numberWords;
    /** The last word of each currency word ("dollars" of "us dollars"), lower case: a text without any has no amount. */
    private final Set<String> currencyLastWords = new HashSet<>();
    private final Pattern amount;
    private final Pattern qualifier;

    Amounts(Lexicon lexicon) {
        lexicon.pairs("amount-units").forEach((unit, millions) -> millionsPerUnit.put(unit, Double.valueOf(millions)));
        this.currencyCodes = lexicon.pairs("currency-words");
        this.numberWords = lexicon.pairs("number-words");
        currencyCodes.keySet().forEach(words -> currencyLastWords.add(words.substring(words.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT)));
        String unit = "(?:\\s?(?i:" + Lexicon.anyOf(millionsPerUnit.keySet(), "\\s+") + "))\\b";
        String currencyWord = "(?i:" + Lexicon.anyOf(currencyCodes.keySet(), "\\s+") + ")\\b";
        // A number in words counts only before a unit: "five million pounds", never "five euros".
        String number = "(?:" + NUMBER + "|\\b(?i:" + Lexicon.anyOf(numberWords.keySet(), "\\s+") + ")(?=" + unit + "))";
        // "€20-25m", "£20 to £25 million": the first number takes the unit written after the second.
        String rangeTail = "(?:\\s?(?:-|–|to|and)\\s?[£€$]?\\s?(?:" + NUMBER + ")(?=" + unit + "))";
        String qualifiers = lexicon.anyOf("amount-qualifiers");
        this.amount = Pattern.compile(
                "(?:(?<cur>[£€$])\\s?(?<n1>" + number + ")" + rangeTail + "?(?<u1>" + unit + ")?"
                        + "|(?<n2>" + number + ")" + rangeTail + "?(?<u2>" + unit + ")?\\s?(?<cur2>" + currencyWord + "))"
                        + "(?<conversion>\\s?\\((?:(?i:" + qualifiers + ")\\.?\\s)?[£€$]\\s?(?:" + NUMBER + ")" + unit + "?\\))?");
        this.qualifier = Pattern.compile("(?i)\\b" + qualifiers + "\\s+$");
    }

    /**
     * A matcher of amounts over {@code text}: {@code find()} each, then {@link #key(Matcher)}. Every amount has a
     * currency sign or word, and most sentences have neither: over such a text the matcher finds nothing without
     * running the grammar.
     */
    Matcher matcher(CharSequence text) {
        Matcher m = amount.matcher(text);
        return mayWriteAmount(text) ? m : m.region(text.length(), text.length());
    }

    private boolean mayWriteAmount(CharSequence text) {
        String lower = text.toString().toLowerCase(Locale.ROOT);
        if (lower.indexOf('£') >= 0 || lower.indexOf('€') >= 0 || lower.indexOf('$') >= 0) {
            return true;
        }
        for (String word : currencyLastWords) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The qualifier written just before an amount starting at {@code start}, with its space, or "". */
    String qualifierBefore(CharSequence text, int start) {
        Matcher m = qualifier.matcher(text).region(Math.max(0, start - 20), start);
        return m.find() ? text.subSequence(m.start(), start).toString() : "";
    }

    /** A comparable key for the first amount in {@code text}: currency and value in millions ("EUR:20.0"), or null. */
    String key(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = amount.matcher(text);
        return m.find() ? key(m) : null;
    }

    /** The key of the amount {@code m} has just found. */
    String key(Matcher m) {
        String currency = m.group("cur") != null ? m.group("cur") : m.group("cur2");
        String number = m.group("n1") != null ? m.group("n1") : m.group("n2");
        String unit = m.group("u1") != null ? m.group("u1") : m.group("u2");
        String word = numberWords.get(number.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        double value = Double.parseDouble(word != null ? word : number.replace(",", ""));
        value *= unit == null ? 1e-6 : millionsPerUnit.get(unit.strip().toLowerCase(Locale.ROOT));
        return currencyCode(currency) + ":" + Math.round(value * 1000) / 1000.0;
    }

    private String currencyCode(String currency) {
        return switch (currency) {
            case "£" -> "GBP";
            case "€" -> "EUR";
            case "$" -> "USD";
            default -> currencyCodes.get(currency.toLowerCase(Locale.ROOT));
        };
    }
}
