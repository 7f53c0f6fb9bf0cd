package dev.rumourmill.contracts;

import java.time.LocalDate;

/**
 * One row of a transfermarkt-datasets {@code players.csv}, typed. Optional columns are null when empty;
 * about 40% of real rows have no contract date, which means "unknown", never a guess.
 *
 * @param line the line number in the file (1 = header), for messages
 */
public record TransfermarktPlayerRow(long line, Person person, Employment employment) {

    /** Who the player is. */
    public record Person(String playerId, String name, String firstName, String lastName, LocalDate dateOfBirth,
            String citizenship, String position, String subPosition) {
        public Person {
            if (playerId == null || playerId.isBlank()) {
                throw new IllegalArgumentException("player_id is empty");
            }
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("name is empty");
            }
        }
    }

    /** Where he plays, until when, and the last season the dataset saw him. */
    public record Employment(String currentClubId, String currentClubName, LocalDate contractExpiration,
            Integer lastSeason) {
    }

    public String playerId() {
        return person.playerId();
    }

    public String name() {
        return person.name();
    }

    public String firstName() {
        return person.firstName();
    }

    public String lastName() {
        return person.lastName();
    }

    public LocalDate dateOfBirth() {
        return person.dateOfBirth();
    }

    public String citizenship() {
        return person.citizenship();
    }

    public String position() {
        return person.position();
    }

    public String subPosition() {
        return person.subPosition();
    }

    public String currentClubId() {
        return employment.currentClubId();
    }

    public String currentClubName() {
        return employment.currentClubName();
    }

    public LocalDate contractExpiration() {
        return employment.contractExpiration();
    }

    public Integer lastSeason() {
        return employment.lastSeason();
    }
}
