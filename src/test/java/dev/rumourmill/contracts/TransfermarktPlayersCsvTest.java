package dev.rumourmill.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TransfermarktPlayersCsvTest {

    private static final String HEADER = "player_id,first_name,last_name,name,last_season,current_club_id,player_code,"
            + "country_of_birth,city_of_birth,country_of_citizenship,date_of_birth,sub_position,position,foot,"
            + "height_in_cm,contract_expiration_date,agent_name,image_url,international_caps,international_goals,"
            + "current_national_team_id,url,current_club_domestic_competition_id,current_club_name,"
            + "market_value_in_eur,highest_market_value_in_eur\n";

    private static List<TransfermarktPlayersCsv.Parsed> parse(String csv) {
        try (var rows = TransfermarktPlayersCsv.read(new StringReader(csv))) {
            return rows.toList();
        }
    }

    @Test
    @DisplayName("a full row is read with its dates, club and citizenship")
    void fullRow() {
        // GIVEN a row in the dataset's format, with a quoted club name containing a comma
        String csv = HEADER + "900001,Tomas,Brennan,Tomas Brennan,2025,31,tomas-brennan,Ireland,Cork,Ireland,"
                + "1999-05-25 00:00:00,Centre-Back,Defender,right,190,2026-06-30 00:00:00,,,3,0,,,GB1,"
                + "\"Northport, Athletic FC\",1000000,2000000\n";

        // WHEN it is read
        List<TransfermarktPlayersCsv.Parsed> rows = parse(csv);

        // THEN every column we use is typed
        assertThat(rows).singleElement().isInstanceOfSatisfying(TransfermarktPlayersCsv.Row.class, row -> {
            TransfermarktPlayerRow p = row.player();
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.name()).isEqualTo("Tomas Brennan");
            assertThat(p.currentClubName()).isEqualTo("Northport, Athletic FC");
            assertThat(p.dateOfBirth()).isEqualTo(LocalDate.of(1999, 5, 25));
            assertThat(p.contractExpiration()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(p.subPosition()).isEqualTo("Centre-Back");
            assertThat(p.lastSeason()).isEqualTo(2025);
        });
    }

    @Test
    @DisplayName("a row with only an id and a name is usable; the rest stays unknown")
    void sparseRow() {
        List<TransfermarktPlayersCsv.Parsed> rows = parse(HEADER + "900002,,,Ada Quist,,,,,,,,,,,,,,,,,,,,,,\n");

        assertThat(rows).singleElement().isInstanceOfSatisfying(TransfermarktPlayersCsv.Row.class, row -> {
            assertThat(row.player().name()).isEqualTo("Ada Quist");
            assertThat(row.player().contractExpiration()).isNull();
            assertThat(row.player().currentClubName()).isNull();
        });
    }

    @Test
    @DisplayName("bad rows are reported with their line numbers and the good rows around them still load")
    void badRowsAreReported() {
        // GIVEN a good row, a row with a bad date, a row without a name and a short row
        String csv = HEADER
                + "1,,,Good One,,,,,,,,,,,,2027-06-30 00:00:00,,,,,,,,,,\n"
                + "2,,,Bad Date,,,,,,,,,,,,30/06/2027,,,,,,,,,,\n"
                + "3,,,,,,,,,,,,,,,,,,,,,,,,,\n"
                + "4,,,Too Short\n"
                + "5,,,Good Two,,,,,,,,,,,,,,,,,,,,,,\n";

        // WHEN it is read
        List<TransfermarktPlayersCsv.Parsed> rows = parse(csv);

        // THEN the two good rows load and each problem names its line and cause
        assertThat(rows).filteredOn(TransfermarktPlayersCsv.Row.class::isInstance).hasSize(2);
        assertThat(rows).filteredOn(TransfermarktPlayersCsv.Problem.class::isInstance)
                .map(TransfermarktPlayersCsv.Problem.class::cast)
                .extracting(TransfermarktPlayersCsv.Problem::line, TransfermarktPlayersCsv.Problem::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "contract_expiration_date '30/06/2027' is not a date like 2027-06-30"),
                        org.assertj.core.groups.Tuple.tuple(4L, "name is empty"),
                        org.assertj.core.groups.Tuple.tuple(5L, "has 4 fields but the header has 26"));
    }

    @Test
    @DisplayName("a file without the dataset's header is refused as a whole with the columns it lacks")
    void wrongHeaderIsRefused() {
        assertThatThrownBy(() -> parse("id,full_name\n1,Someone\n"))
                .isInstanceOf(InvalidPlayersFileException.class)
                .hasMessageContaining("name, player_id");
    }
}
