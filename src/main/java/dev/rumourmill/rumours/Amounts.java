package dev.rumourmill.rumours;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads money as the press writes it: "€20m", "£39.5 million", "55 million euros", "$610,000", with a
 * qualifier before it ("around €20m") and a conversion after it ("€20m (£17m)"). The units and currency
 * words come from the lexicon; the signs £, € and $ are the grammar's. Immutable.
 */
final class Amounts {

    private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";

    private final Map<String, Double> millionsPerUnit = new LinkedHashMap<>();
    private final Map<String, String> currencyCodes;
    private final Pattern amount;
    private final Pattern qualifier;

    Amounts(Lexicon lexicon) {
        lexicon.pairs("amount-units").forEach((unit, millions) -> millionsPerUnit.put(unit, Double.valueOf(millions)));
        this.currencyCodes = lexicon.pairs("currency-words");
        String unit = "(?:\\s?(?i:" + Lexicon.anyOf(millionsPerUnit.keySet(), "\\s+") + "))\\b";
        String currencyWord = "(?i:" + Lexicon.anyOf(currencyCodes.keySet(), "\\s+") + ")\\b";
        String qualifiers = lexicon.anyOf("amount-qualifiers");
        this.amount = Pattern.compile(
                "(?:(?<cur>[£€$])\\s?(?<n1>" + NUMBER + ")(?<u1>" + unit + ")?"
                        + "|(?<n2>" + NUMBER + ")(?<u2>" + unit + ")?\\s?(?<cur2>" + currencyWord + "))"
                        + "(?<conversion>\\s?\\((?:(?i:" + qualifiers + ")\\.?\\s)?[£€$]\\s?(?:" + NUMBER + ")" + unit + "?\\))?");
        this.qualifier = Pattern.compile("(?i)\\b" + qualifiers + "\\s+$");
    }

    /** A matcher of amounts over {@code text}: {@code find()} each, then {@link #key(Matcher)}. */
    Matcher matcher(CharSequence text) {
        return amount.matcher(text);
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
        double value = Double.parseDouble(number.replace(",", ""));
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
