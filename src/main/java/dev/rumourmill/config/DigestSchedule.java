package dev.rumourmill.config;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * When a channel gets its round-up instead of single alerts, as written after {@code post.digest}:
 * {@code daily 18:00 Europe/London} (one digest a day at that local time; several times allowed),
 * {@code deadline-day 2027-02-02 2027-09-01 Europe/London} (hourly round-ups, on the hour, on those local dates only;
 * single alerts on other days), or both ({@code daily 18:00 deadline-day 2027-02-02 Europe/London}). The time zone
 * comes last and is required. A period ends at each of these local times; times a DST change skips move forward by
 * the gap (java.time's rule), and a time a DST change repeats is its first occurrence.
 *
 * @param dailyTimes    local times of the daily digests (empty: none)
 * @param deadlineDays  local dates with hourly round-ups (empty: none)
 * @param zone          the time zone the times and dates are read in
 */
public record DigestSchedule(List<LocalTime> dailyTimes, List<LocalDate> deadlineDays, ZoneId zone) {

    private static final String FORM = "write e.g. \"daily 18:00 Europe/London\", \"deadline-day 2027-02-02 Europe/London\""
            + " or both: \"daily 18:00 deadline-day 2027-02-02 Europe/London\"";

    public DigestSchedule {
        dailyTimes = List.copyOf(new TreeSet<>(dailyTimes));
        deadlineDays = List.copyOf(new TreeSet<>(deadlineDays));
        if (zone == null || dailyTimes.isEmpty() && deadlineDays.isEmpty()) {
            throw new IllegalArgumentException("a digest schedule needs a zone and a daily time or a deadline day");
        }
    }

    /** Reads a schedule as written in bot-config.yml or /alerts digest; a mistake names the form to use. */
    public static DigestSchedule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidConfigException("digest", text, FORM);
        }
        String[] words = text.trim().split("[,\\s]+");
        ZoneId zone;
        try {
            zone = ZoneId.of(words[words.length - 1]);
        } catch (DateTimeException e) {
            throw new InvalidConfigException("digest", text, "end with a time zone such as Europe/London or UTC; " + FORM);
        }
        List<LocalTime> times = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        String section = null;
        for (int i = 0; i < words.length - 1; i++) {
            String word = words[i].toLowerCase(java.util.Locale.ROOT);
            if (word.equals("daily") || word.equals("deadline-day")) {
                section = word;
                continue;
            }
            try {
                if ("daily".equals(section)) {
                    times.add(LocalTime.parse(word));
                } else if ("deadline-day".equals(section)) {
                    days.add(LocalDate.parse(word));
                } else {
                    throw new InvalidConfigException("digest", text, "start with daily or deadline-day; " + FORM);
                }
            } catch (DateTimeParseException e) {
                throw new InvalidConfigException("digest", text, "\"" + words[i] + "\" is not a "
                        + ("daily".equals(section) ? "time (HH:MM)" : "date (YYYY-MM-DD)") + "; " + FORM);
            }
        }
        if (times.isEmpty() && days.isEmpty()) {
            throw new InvalidConfigException("digest", text, "give a time after daily or a date after deadline-day; " + FORM);
        }
        return new DigestSchedule(times, days, zone);
    }

    /** The schedule written back in the form {@link #parse} reads. */
    public String text() {
        StringBuilder text = new StringBuilder();
        if (!dailyTimes.isEmpty()) {
            text.append("daily");
            dailyTimes.forEach(time -> text.append(' ').append(time));
        }
        if (!deadlineDays.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append("deadline-day");
            deadlineDays.forEach(day -> text.append(' ').append(day));
        }
        return text.append(' ').append(zone.getId()).toString();
    }

    /** Whether a story arriving now goes into a digest (always with daily times; else only on a deadline day). */
    public boolean collects(Instant now) {
        return !dailyTimes.isEmpty() || deadlineDays.contains(now.atZone(zone).toLocalDate());
    }

    /** The end of the latest period that ended at or before {@code now}, if any did. */
    public Optional<Instant> lastEndAtOrBefore(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        return Optional.ofNullable(endsOn(today.minusDays(1), today.plusDays(1)).floor(now))
                .or(() -> deadlineEnds().stream().filter(end -> !end.isAfter(now)).reduce((a, b) -> b));
    }

    /** The end of the next period after {@code now}, if there is one. */
    public Optional<Instant> nextEndAfter(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        return Optional.ofNullable(endsOn(today.minusDays(1), today.plusDays(1)).higher(now))
                .or(() -> deadlineEnds().stream().filter(end -> end.isAfter(now)).findFirst());
    }

    /** Every period end on the local dates from {@code first} to {@code last}. */
    private TreeSet<Instant> endsOn(LocalDate first, LocalDate last) {
        TreeSet<Instant> ends = new TreeSet<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (LocalTime time : dailyTimes) {
                ends.add(ZonedDateTime.of(day, time, zone).toInstant());
            }
            if (deadlineDays.contains(day)) {
                // Hourly on the hour, from the day's first moment to the next day's, in local time.
                for (int hour = 0; hour < 24; hour++) {
                    ends.add(ZonedDateTime.of(day, LocalTime.of(hour, 0), zone).toInstant());
                }
                ends.add(day.plusDays(1).atStartOfDay(zone).toInstant());
            }
        }
        return ends;
    }

    private List<Instant> deadlineEnds() {
        List<Instant> ends = new ArrayList<>();
        deadlineDays.forEach(day -> ends.addAll(endsOn(day, day)));
        return ends.stream().sorted().toList();
    }
}
