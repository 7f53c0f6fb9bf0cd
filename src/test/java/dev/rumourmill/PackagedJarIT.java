package dev.rumourmill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar users run (Spring Boot's executable jar, built by {@code package}), started as they start it. The
 * unit tests run on target/classes; this checks what only the jar can get wrong: the nested libraries, and
 * the models the build trains and the word lists it carries, read from inside the jar.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of(System.getProperty("rumourmill.jar", "target/rumourmill.jar"));

    @TempDir
    Path dir;

    @Test
    @DisplayName("java -jar rumourmill.jar analyse reads an article with the trained models and word lists inside the jar")
    void jarAnalysesAnArticle() throws Exception {
        // GIVEN an article and a players file, and the packaged jar
        assertThat(JAR).as("run ./mvnw verify (the jar is built by package)").exists();
        Path input = Files.writeString(dir.resolve("articles.jsonl"), """
                {"id":"a1","url":"https://example.org/1","published":"2026-11-20","title":"Arsenal close in on Tomas Brennan","text":"Arsenal are in advanced talks to sign Tomas Brennan from Brentford, according to Casey Reporter of the Daily Wire. His contract at Brentford runs until 2027."}
                """);
        Path players = Files.writeString(dir.resolve("players.csv"), """
                player_id,first_name,last_name,name,last_season,current_club_id,player_code,country_of_birth,city_of_birth,country_of_citizenship,date_of_birth,sub_position,position,foot,height_in_cm,contract_expiration_date,agent_name,image_url,international_caps,international_goals,current_national_team_id,url,current_club_domestic_competition_id,current_club_name,market_value_in_eur,highest_market_value_in_eur
                910001,Tomas,Brennan,Tomas Brennan,2025,77,tomas-brennan,,,England,2000-03-04,Centre-Forward,Attack,right,185,2027-06-30 00:00:00,,,,,,,GB1,Brentford Football Club,,
                """);

        // WHEN it is run as a user runs it
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        // C1 only (half the start-up time): the compiler changes how fast the jar runs, not what it contains or does.
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", JAR.toAbsolutePath().toString(), "analyse", "--input", input.toString(),
                "--players", players.toString()))
                .directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the jar finished").isTrue();

        // THEN it exits 0 with one line of JSON that found the rumour, the player and the clubs
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(printed + Files.readString(err, StandardCharsets.UTF_8)).isZero();
        List<String> lines = printed.lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).hasSize(1);
        JsonNode article = new ObjectMapper().readTree(lines.get(0));
        assertThat(article.path("label").asText()).isEqualTo("rumour");
        assertThat(article.path("players").get(0).asText()).isEqualTo("Tomas Brennan");
        assertThat(article.path("to_clubs").get(0).asText()).isEqualTo("Arsenal");
        assertThat(article.path("from_club").asText()).isEqualTo("Brentford");
    }
}
