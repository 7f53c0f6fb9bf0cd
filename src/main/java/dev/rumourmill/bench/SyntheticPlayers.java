package dev.rumourmill.bench;

import dev.rumourmill.contracts.Club;
import dev.rumourmill.contracts.PlayerListing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Made-up players for benchmarks and large-import tests: a transfermarkt-datasets-shaped CSV or listings,
 * reproducible from a seed. Names mix accents and apostrophes like real squads; about 40% have no
 * contract date, like the real dataset.
 */
public final class SyntheticPlayers {

    public static final String HEADER = "player_id,first_name,last_name,name,last_season,current_club_id,player_code,"
            + "country_of_birth,city_of_birth,country_of_citizenship,date_of_birth,sub_position,position,foot,"
            + "height_in_cm,contract_expiration_date,agent_name,image_url,international_caps,international_goals,"
            + "current_national_team_id,url,current_club_domestic_competition_id,current_club_name,"
            + "market_value_in_eur,highest_market_value_in_eur";

    private static final String[] FIRST = {"Adrián", "Bruno", "Callum", "Dário", "Emil", "Florian", "Gonçalo", "Håkon",
        "Ibrahim", "Jérôme", "Kai", "Luka", "Mateo", "Niklas", "Oisín", "Pedro", "Quentin", "Rúben", "Søren", "Tomás",
        "Umar", "Viktor", "Wojciech", "Xavi", "Yusuf", "Zoltán", "Aleksandar", "Björn", "Cédric", "Dominik"};
    private static final String[] LAST_START = {"Al", "Ber", "Cas", "Dom", "Ed", "Fer", "Gar", "Hol", "Iv", "Jan",
        "Kow", "Lin", "Mar", "Nor", "Ol", "Pet", "Qui", "Ros", "Ste", "Tor", "Ul", "Van", "Wes", "Yil", "Zaj", "O'Br",
        "Mc", "Øde", "Šk", "Ćo"};
    private static final String[] LAST_END = {"ano", "berg", "ić", "sen", "ez", "ski", "ier", "inho", "ard", "ová",
        "son", "ley", "ović", "ara", "eau", "man", "ini", "ek", "as", "ian"};
    private static final String[] TOWNS = {"Northport", "Riverside", "Eastvale", "Westbury", "Southmere", "Oakham",
        "Kingsbridge", "Ashford", "Bramley", "Castleton", "Dunmore", "Elmstead", "Fairhaven", "Glenrock", "Hartwell",
        "Ironbridge", "Juniper", "Kestrel", "Lakeside", "Millbrook"};
    private static final String[] SUFFIX = {"Athletic", "United", "Rovers", "City", "Town", "Wanderers", "FC",
        "Albion", "Sporting", "Real"};

    private SyntheticPlayers() {
    }

    /** Writes a header and {@code rows} player rows; {@code badEvery} > 0 makes every n-th row unreadable. */
    public static void writeCsv(Writer out, int rows, long seed, int badEvery) {
        Random random = new Random(seed);
        try {
            out.write(HEADER);
            out.write('\n');
            for (int i = 1; i <= rows; i++) {
                if (badEvery > 0 && i % badEvery == 0) {
                    out.write((1_000_000 + i) + ",X,Y,Broken Row " + i + ",2025,1,x,,,,not-a-date,,,,,,,,,,,,,Club,0,0\n");
                    continue;
                }
                String first = pick(random, FIRST);
                String last = surname(random);
                int club = random.nextInt(TOWNS.length * SUFFIX.length);
                LocalDate born = LocalDate.of(1985 + random.nextInt(23), 1 + random.nextInt(12), 1 + random.nextInt(28));
                String expiry = random.nextInt(10) < 4 ? ""
                        : (random.nextInt(5) == 0 ? LocalDate.of(2025 + random.nextInt(6), 12, 31)
                                : LocalDate.of(2025 + random.nextInt(6), 6, 30)) + " 00:00:00";
                out.write((1_000_000 + i) + "," + first + "," + quote(last) + "," + quote(first + " " + last)
                        + ",2025," + club + ",code-" + i + ",Nowhere,Nowhere,Nowhere," + born + " 00:00:00,"
                        + "Centre-Back,Defender,right,185," + expiry + ",,,0,0,,,GB1," + clubName(club) + ",1000000,2000000\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code count} listings with distinct ids, for the lookup benchmark. */
    public static List<PlayerListing> listings(int count, long seed) {
        Random random = new Random(seed);
        List<PlayerListing> listings = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String name = pick(random, FIRST) + " " + surname(random);
            List<String> knownAs = random.nextInt(20) == 0 ? List.of(surname(random)) : List.of();
            listings.add(new PlayerListing(String.valueOf(1_000_000 + i), name, knownAs,
                    clubName(random.nextInt(TOWNS.length * SUFFIX.length))));
        }
        return listings;
    }

    private static String surname(Random random) {
        String base = pick(random, LAST_START) + pick(random, LAST_END);
        return random.nextInt(8) == 0 ? "van " + base : base;
    }

    private static String clubName(int club) {
        return TOWNS[club % TOWNS.length] + " " + SUFFIX[club / TOWNS.length];
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
