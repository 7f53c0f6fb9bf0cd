package dev.rumourmill.bench;

import dev.rumourmill.rumours.Article;
import dev.rumourmill.rumours.Club;
import dev.rumourmill.rumours.KnownPlayer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Players and rumour articles made up from parts, so the rumour benchmark needs no data files. */
public final class SyntheticArticles {

    private SyntheticArticles() {
    }


    private static final String[] FIRST = {"Adam", "Bruno", "Carlos", "Dario", "Emil", "Felix", "Goran", "Hugo",
        "Ivan", "Jonas", "Karim", "Luca", "Mateo", "Nico", "Oskar", "Pablo", "Rafael", "Sami", "Tomas", "Viktor",
        "Yusuf", "Zeki", "Anders", "Bilal", "Cesar", "Diego", "Enzo", "Filip", "Gael", "Hakim"};
    private static final String[] SYLLABLES = {"ka", "ro", "ve", "lin", "dor", "sa", "mi", "tes", "bra", "qu", "el",
        "no", "vic", "han", "sen", "ber", "to", "ra", "gu", "ez", "lo", "mar", "din", "os", "ki", "wa", "ly", "son"};
    /** Sentences of a typical rumour piece; {P} the player's surname, {T} the buying club, {F} the seller. */
    private static final String[] FILLER = {
        "The club have been looking for cover in that position since the start of the season.",
        "Supporters have made their feelings clear on social media after a difficult run of results.",
        "{T} have watched {P} several times this season and their scouts were impressed again at the weekend.",
        "{F} are reluctant to sell {P} in the middle of the season but could accept the right offer.",
        "Talks between {T} and {F} are described as positive, although no agreement has been reached on the fee.",
        "Several other sides are keeping an eye on the situation and could move if the price drops.",
        "{P} is said to be open to a new challenge after four years at {F}.",
        "His representatives have been busy this week, meeting officials from {T}.",
        "A decision is expected before the window closes, with {T} keen to avoid a long saga.",
        "He scored twice in the cup last month and has become a regular in the national team.",
        "{T} see {P} as the ideal replacement for a player who left in the summer.",
        "The manager refused to discuss individual targets when asked about {P} on Friday."};

    public static List<KnownPlayer> players(int count, Random random) {
        List<KnownPlayer> players = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String surname = surname(random);
            players.add(new KnownPlayer("gen" + i, FIRST[random.nextInt(FIRST.length)] + " " + surname, List.of(), null));
        }
        return players;
    }

    private static String surname(Random random) {
        StringBuilder s = new StringBuilder();
        int parts = 2 + random.nextInt(2);
        for (int k = 0; k < parts; k++) {
            s.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public static Article article(String id, List<KnownPlayer> players, List<Club> clubs, Random random) {
        KnownPlayer player = players.get(random.nextInt(players.size()));
        Club to = clubs.get(random.nextInt(clubs.size()));
        Club from = clubs.get(random.nextInt(clubs.size()));
        String title = to.name() + " close in on " + player.fullName();
        StringBuilder text = new StringBuilder();
        text.append(to.name()).append(" are confident of signing ").append(player.fullName()).append(" from ")
                .append(from.name()).append(", according to David Ornstein of The Athletic. ");
        text.append("The fee is expected to be around €").append(10 + random.nextInt(80)).append("m. ");
        text.append("His contract expires in ").append(2026 + random.nextInt(3)).append(". ");
        String surname = player.fullName().substring(player.fullName().indexOf(' ') + 1);
        while (text.length() < 3200) {
            text.append(FILLER[random.nextInt(FILLER.length)].replace("{P}", surname).replace("{T}", to.name())
                    .replace("{F}", from.name())).append(' ');
        }
        return new Article(id, null, LocalDate.of(2025, 8, 1), title, text.toString().strip());
    }
}
