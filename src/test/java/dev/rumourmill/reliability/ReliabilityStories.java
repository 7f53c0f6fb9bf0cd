package dev.rumourmill.reliability;

import dev.rumourmill.feeds.FeedEntry;
import dev.rumourmill.testsupport.FeedEntries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The stories of the kill -9 loop: one player, twenty destinations, each reported by two outlets in the same stage. */
final class ReliabilityStories {

    static final List<String> CLUBS = List.of("Real Madrid", "Barcelona", "Bayern Munich", "Juventus", "Napoli",
            "Arsenal", "Chelsea", "Manchester City", "Manchester United", "Tottenham Hotspur", "Newcastle United",
            "Aston Villa", "Atlético Madrid", "Real Sociedad", "Sevilla", "Villarreal", "Valencia", "Celtic", "Everton",
            "Brentford");

    private ReliabilityStories() {
    }

    static FeedEntry mail(int index, Instant start) {
        String club = CLUBS.get(index);
        return FeedEntries.article("mail-" + index, club + " open talks over Konaté", "https://mail.example/" + index,
                published(index, start), club + " are in talks to sign Ibrahima Konaté from Liverpool, "
                        + "according to Lewis Steele of Mail Sport. The centre-back's contract runs out next summer.");
    }

    static FeedEntry wire(int index, Instant start) {
        String club = CLUBS.get(index);
        return FeedEntries.article("wire-" + index, "Konaté talks with " + club, "https://wire.example/" + index,
                published(index, start), club + " have opened talks with the camp of Ibrahima Konaté over a "
                        + "summer move from Liverpool, The Athletic reports. The defender has been made a priority target.");
    }

    private static Instant published(int index, Instant start) {
        return start.minus(Duration.ofMinutes(30)).plusSeconds(index);
    }
}
