package dev.rumourmill.contracts;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the transfermarkt-datasets {@code players.csv} format (header row, RFC 4180 quoting) one row at a
 * time. A bad row becomes a {@link Problem} with its line number and never stops the rest of the file.
 */
public final class TransfermarktPlayersCsv {

    /** The columns without which a row cannot be used. */
    static final Set<String> REQUIRED_COLUMNS = Set.of("player_id", "name");

    /** A row read from the file: either usable or a problem to report. */
    public sealed interface Parsed permits Row, Problem {
    }

    public record Row(TransfermarktPlayerRow player) implements Parsed {
    }

    public record Problem(long line, String reason) implements Parsed {
    }

    private TransfermarktPlayersCsv() {
    }

    /**
     * Streams the rows of {@code reader}; the caller closes the stream (which closes the reader).
     *
     * @throws InvalidPlayersFileException when the header lacks a required column
     */
    public static Stream<Parsed> read(Reader reader) {
        CSVParser parser;
        try {
            parser = CSVFormat.DEFAULT.builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(true)
                    .setAllowMissingColumnNames(true)
                    .get()
                    .parse(reader);
        } catch (IOException | RuntimeException e) {
            throw new InvalidPlayersFileException("cannot read the header row: " + e.getMessage());
        }
        Map<String, Integer> header = parser.getHeaderMap();
        List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !header.containsKey(c)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new InvalidPlayersFileException("the header row lacks the column(s) " + String.join(", ", missing)
                    + "; expected the transfermarkt-datasets players.csv header (player_id, first_name, last_name, name, ...)");
        }
        var records = parser.iterator();
        Spliterator<Parsed> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
            @Override
            public boolean tryAdvance(Consumer<? super Parsed> action) {
                try {
                    if (!records.hasNext()) {
                        return false;
                    }
                    action.accept(toParsed(records.next()));
                    return true;
                } catch (UncheckedIOException | IllegalStateException e) {
                    // A broken quote swallows the rest of the file: report it where the parser stopped.
                    action.accept(new Problem(parser.getCurrentLineNumber(), "unreadable CSV: " + rootMessage(e)));
                    return false;
                }
            }
        };
        return StreamSupport.stream(rows, false).onClose(() -> {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Parsed toParsed(CSVRecord record) {
        long line = record.getRecordNumber() + 1;
        try {
            if (!record.isConsistent()) {
                return new Problem(line, "has " + record.size() + " fields but the header has "
                        + record.getParser().getHeaderNames().size());
            }
            var person = new TransfermarktPlayerRow.Person(
                    text(record, "player_id"),
                    text(record, "name"),
                    text(record, "first_name"),
                    text(record, "last_name"),
                    date(record, "date_of_birth"),
                    text(record, "country_of_citizenship"),
                    text(record, "position"),
                    text(record, "sub_position"));
            var employment = new TransfermarktPlayerRow.Employment(
                    text(record, "current_club_id"),
                    text(record, "current_club_name"),
                    date(record, "contract_expiration_date"),
                    integer(record, "last_season"));
            return new Row(new TransfermarktPlayerRow(line, person, employment));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return new Problem(line, e.getMessage());
        }
    }

    private static String text(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    /** Dates look like {@code 2027-06-30 00:00:00} in the dataset; a bare date is accepted too. */
    private static LocalDate date(CSVRecord record, String column) {
        String value = text(record, column);
        if (value == null) {
            return null;
        }
        String day = value.length() >= 10 ? value.substring(0, 10) : value;
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(column + " '" + value + "' is not a date like 2027-06-30");
        }
    }

    private static Integer integer(CSVRecord record, String column) {
        String value = text(record, column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + value + "' is not a whole number");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
