package dev.rumourmill.feeds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates Rome gives up on (it turns anything that is not strict RFC 822 or W3C into null):
 * ISO-8601 with or without zone, RFC 822 with a missing weekday, odd zone names ("EST" in August),
 * and plain dates. A date that still cannot be read is null, never "now".
 */
final class FeedDates {

    /** North-American and European abbreviations seen in feeds; their literal offsets, as RFC 822 says. */
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("UT", "+0000"), Map.entry("UTC", "+0000"), Map.entry("GMT", "+0000"), Map.entry("Z", "+0000"),
            Map.entry("BST", "+0100"), Map.entry("IST", "+0100"), Map.entry("WET", "+0000"), Map.entry("WEST", "+0100"),
            Map.entry("CET", "+0100"), Map.entry("CEST", "+0200"), Map.entry("MET", "+0100"), Map.entry("MEST", "+0200"),
            Map.entry("EET", "+0200"), Map.entry("EEST", "+0300"), Map.entry("MSK", "+0300"),
            Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"),
            Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"), Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"),
            Map.entry("AEST", "+1000"), Map.entry("AEDT", "+1100"), Map.entry("JST", "+0900"));

    private static final Pattern ZONE_WORD = Pattern.compile("\\s([A-Z]{1,4})$");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern WEEKDAY = Pattern.compile("^[A-Za-z]{3,9},?\\s+");

    private static final DateTimeFormatter RFC_822 = new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient()
            .appendPattern("d MMM ")
            .appendValueReduced(ChronoField.YEAR, 2, 4, 1970)
            .appendPattern(" H:mm[:ss][ ][XX][XXX]")
            .toFormatter(Locale.ENGLISH);

    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]", Locale.ROOT));

    private FeedDates() {
    }

    static Instant parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Instant instant = usualForm(raw.strip());
        if (instant != null) {
            return instant;
        }
        String text = WHITE_SPACE.matcher(raw.strip()).replaceAll(" ");
        instant = iso(text);
        return instant != null ? instant : rfc822(text);
    }

    /**
     * The two forms nearly every feed uses, each tried with the one formatter that reads it: RFC 3339 when the
     * text starts like a year-month-day, else RFC 1123 (RSS's RFC 822 with a four-digit year). Null for
     * anything else, which then takes the lenient path; no form readable by both is read differently.
     */
    private static Instant usualForm(String text) {
        boolean startsWithDate = text.length() >= 20 && text.charAt(4) == '-' && Character.isDigit(text.charAt(0));
        try {
            return startsWithDate ? OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant()
                    : OffsetDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant iso(String text) {
        String t = text.replace(' ', 'T');
        try {
            return OffsetDateTime.parse(t.endsWith("z") ? t.substring(0, t.length() - 1) + "Z" : t).toInstant();
        } catch (DateTimeParseException ignored) {
            // not ISO with an offset
        }
        try {
            return ZonedDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // not ISO with a zone id
        }
        for (DateTimeFormatter formatter : LOCAL) {
            try {
                // A time without a zone is read as UTC: the least surprising guess for a server clock.
                return LocalDateTime.parse(text, formatter).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // try the next pattern
            }
        }
        try {
            return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // not a plain date
        }
        // W3C also allows a year-month or a year alone (Rome read them as the first day of that month or year).
        try {
            return text.length() == 7 ? YearMonth.parse(text).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : text.length() == 4 ? Year.parse(text).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC) : null;
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    private static Instant rfc822(String text) {
        String t = WEEKDAY.matcher(text).replaceFirst("");
        Matcher zone = ZONE_WORD.matcher(t);
        if (zone.find()) {
            String offset = ZONES.get(zone.group(1));
            t = t.substring(0, zone.start()) + " " + (offset == null ? "+0000" : offset);
        } else if (!t.matches(".*[+-]\\d{2}:?\\d{2}$")) {
            t = t + " +0000";
        }
        try {
            return OffsetDateTime.parse(t, RFC_822).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
