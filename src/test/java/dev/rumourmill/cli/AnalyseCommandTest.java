package dev.rumourmill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyseCommandTest {

    private static final String SEED = """
            {"id":"s1","url":"https://example.org/1","published":"2025-09-20","title":"Real Madrid confident of landing Ibou Konaté","text":"Real Madrid are confident of signing Ibou Konaté from Liverpool on a free transfer, according to Lewis Steele of Mail Sport. His deal at Anfield expires in 2026."}
            """.strip();
    private static final String REPORT = """
            {"id":"m1","url":null,"published":null,"title":null,"text":"Brentford beat Fulham 2-1 with a header in the 78th minute. Fulham had led at half-time through a penalty, and the goalkeeper made two saves in stoppage time to protect the victory."}
            """.strip();
    private static final String PLAYERS = """
            player_id,first_name,last_name,name,last_season,current_club_id,player_code,country_of_birth,city_of_birth,country_of_citizenship,date_of_birth,sub_position,position,foot,height_in_cm,contract_expiration_date,agent_name,image_url,international_caps,international_goals,current_national_team_id,url,current_club_domestic_competition_id,current_club_name,market_value_in_eur,highest_market_value_in_eur
            900001,Ibrahima,Konaté,Ibrahima Konaté,2025,31,ibrahima-konate,,,France,1999-05-25,Centre-Back,Defender,right,194,2026-06-30 00:00:00,,,,,,,GB1,Liverpool Football Club,,
            """;

    private final CliRun cli = new CliRun();


    @Test
    @DisplayName("analyse writes one JSON object per input line, in order, with the specified fields")
    void writesOneObjectPerLine(@TempDir Path dir) throws Exception {
        // GIVEN two articles and a players file
        Path input = Files.writeString(dir.resolve("articles.jsonl"), SEED + "\n" + REPORT + "\n");
        Path players = Files.writeString(dir.resolve("players.csv"), PLAYERS);

        // WHEN
        int code = cli.run("analyse", "--input", input.toString(), "--players", players.toString());

        // THEN
        assertThat(code).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode seed = new ObjectMapper().readTree(lines.get(0));
        assertThat(seed.path("id").asText()).isEqualTo("s1");
        assertThat(seed.path("label").asText()).isEqualTo("rumour");
        assertThat(seed.path("players").get(0).asText()).isEqualTo("Ibrahima Konaté");
        assertThat(seed.path("to_clubs").get(0).asText()).isEqualTo("Real Madrid");
        assertThat(seed.path("from_club").asText()).isEqualTo("Liverpool");
        assertThat(seed.path("sources").get(0).path("name").asText()).isEqualTo("Lewis Steele");
        assertThat(seed.path("sources").get(0).path("tier").asText()).isEqualTo("2");
        assertThat(seed.path("contract_expiry_year").asInt()).isEqualTo(2026);
        assertThat(seed.fieldNames()).toIterable().contains("id", "label", "confidence", "players", "clubs", "from_club",
                "to_clubs", "sources", "contract_expiry_year", "fee", "summary");
        assertThat(new ObjectMapper().readTree(lines.get(1)).path("label").asText()).isEqualTo("not_transfer");
    }

    @Test
    @DisplayName("analyse gives each story's moves, the headline move first, matching from_club and to_clubs")
    void writesMoves(@TempDir Path dir) throws Exception {
        // GIVEN the seed article and a players file
        Path input = Files.writeString(dir.resolve("articles.jsonl"), SEED + "\n");
        Path players = Files.writeString(dir.resolve("players.csv"), PLAYERS);

        // WHEN
        int code = cli.run("analyse", "--input", input.toString(), "--players", players.toString());

        // THEN the move is Konaté from Liverpool to Real Madrid, on a free
        assertThat(code).isZero();
        JsonNode move = new ObjectMapper().readTree(cli.out().lines().findFirst().orElseThrow()).path("moves").get(0);
        assertThat(move.path("player").asText()).isEqualTo("Ibrahima Konaté");
        assertThat(move.path("from_club").asText()).isEqualTo("Liverpool");
        assertThat(move.path("to_club").asText()).isEqualTo("Real Madrid");
        assertThat(move.path("kind").asText()).isEqualTo("free");
        assertThat(move.path("fee").isNull()).isTrue();
    }

    @Test
    @DisplayName("analyse --explain prints the label's cues, each club's role with its sentence and the fee's owner")
    void explains(@TempDir Path dir) throws Exception {
        // GIVEN the seed article
        Path input = Files.writeString(dir.resolve("articles.jsonl"), SEED + "\n" + REPORT + "\n");
        Path players = Files.writeString(dir.resolve("players.csv"), PLAYERS);

        // WHEN
        int code = cli.run("analyse", "--input", input.toString(), "--players", players.toString(), "--explain");

        // THEN
        assertThat(code).isZero();
        String out = cli.out();
        assertThat(out).contains("== s1: rumour").contains("label cues in headline and lede: ")
                .contains("rumour \"confident\"")
                .contains("move Ibrahima Konaté: Liverpool -> Real Madrid (free")
                .containsPattern("move {3}Real Madrid: destination \\(destination [01]\\.\\d\\d, current [01]\\.\\d\\d\\) — \"Real Madrid are confident")
                .containsPattern("move {3}Liverpool: current .*")
                .contains("fee: none")
                .contains("== m1: not_transfer").contains("moves: none");
    }

    @Test
    @DisplayName("a line that is not JSON gets an error object in its place, the rest is analysed, exit code 1")
    void badLineLosesNothing(@TempDir Path dir) throws Exception {
        // GIVEN a broken line between two good ones
        Path input = Files.writeString(dir.resolve("articles.jsonl"), SEED + "\n{not json\n" + REPORT + "\n");

        // WHEN
        int code = cli.run("analyse", "--input", input.toString());

        // THEN
        assertThat(code).isEqualTo(1);
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("\"line\":2").contains("error");
        assertThat(cli.err()).contains("line 2: skipped");
    }

    @Test
    @DisplayName("--eval prints per-label figures, entity figures and a last line with the key figures")
    void evalPrintsFigures(@TempDir Path dir) throws Exception {
        // GIVEN the seed article with gold fields
        String gold = SEED.substring(0, SEED.length() - 1) + ",\"label\":\"rumour\",\"players\":[\"Ibrahima Konate\"],"
                + "\"clubs\":[\"Liverpool\",\"Real Madrid\"],\"sources\":[\"Lewis Steele\",\"Daily Mail\"],"
                + "\"contract_expiry_year\":2026,\"fee\":null}";
        Path input = Files.writeString(dir.resolve("gold.jsonl"), gold + "\n");

        // WHEN
        int code = cli.run("analyse", "--input", input.toString(), "--eval");

        // THEN
        assertThat(code).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(cli.out()).contains("rumour vs rest F1").contains("players").contains("sources");
        assertThat(lines.get(lines.size() - 1)).startsWith("KEY rumour_f1=1.000 accuracy=1.000")
                .contains("sources_f1=1.000").contains("ungrounded=0");
    }

    /** Runs {@code analyse --eval} over one gold line written to {@code dir}; the exit code. */
    private int evaluate(Path dir, String goldLine) throws Exception {
        Path input = Files.writeString(dir.resolve("gold.jsonl"), goldLine + "\n");
        return cli.run("analyse", "--input", input.toString(), "--eval");
    }

    @Test
    @DisplayName("--eval scores the headline move's fee where the gold has a move: no move found, no fee right")
    void evalScoresTheHeadlineMovesFee(@TempDir Path dir) throws Exception {
        // GIVEN a bid for a player the gold names but the article does not
        String gold = """
                {"id":"u2","url":null,"published":null,"title":"Leeds United see £30m bid for winger turned down",\
                "text":"Leeds United have had a £30m offer for a Championship winger rejected, according to The Athletic.",\
                "label":"rumour","players":["Tomás Vellacourt"],"clubs":["Leeds United"],"sources":["The Athletic"],\
                "contract_expiry_year":null,"fee":"£30m","moves":[{"player":"Tomás Vellacourt","from_club":null,\
                "to_club":"Leeds United","kind":"transfer"}],"fee_move":"£30m"}""";
        // WHEN
        int code = evaluate(dir, gold);

        // THEN the article's amount alone does not make the move's fee right
        assertThat(code).isZero();
        assertThat(cli.out()).contains("move fee accuracy 0.000 (0/1)").contains("move fee null (gold £30m)");
    }

    @Test
    @DisplayName("--eval scores the fee of a story whose player goes unnamed: the deal's fee, there being no move")
    void evalScoresTheFeeOfAnUnnamedPlayersMove(@TempDir Path dir) throws Exception {
        // GIVEN a bid for a player the article keeps secret, labelled with no move and the bid as the move's fee
        String gold = """
                {"id":"u1","url":null,"published":null,"title":"Leeds United see £30m bid for mystery winger turned down",\
                "text":"Leeds United have had a £30m offer for a Championship winger rejected, according to The Athletic. \
                The identity of the player is being kept quiet, but the selling club want more.",\
                "label":"rumour","players":[],"clubs":["Leeds United"],"sources":["The Athletic"],\
                "contract_expiry_year":null,"fee":"£30m","moves":[],"fee_move":"£30m"}""";
        // WHEN
        int code = evaluate(dir, gold);

        // THEN no move is made up, and the bid is the move's fee
        assertThat(code).isZero();
        assertThat(cli.out()).contains("move fee accuracy 1.000 (1/1)").doesNotContain("move fee null");
    }

    @Test
    @DisplayName("a missing input file is one clear error, exit code 1")
    void missingInput(@TempDir Path dir) {
        int code = cli.run("analyse", "--input", dir.resolve("nope.jsonl").toString());

        assertThat(code).isEqualTo(1);
        assertThat(cli.err()).contains("nope.jsonl").contains("does not exist");
    }

    @Test
    @DisplayName("a bad publication date is reported and the article is still analysed, without the date")
    void badDateStillAnalysed(@TempDir Path dir) throws Exception {
        // GIVEN an article whose date is not a date
        Path input = Files.writeString(dir.resolve("articles.jsonl"), SEED.replace("2025-09-20", "2025-13-45") + "\n");

        // WHEN
        int code = cli.run("analyse", "--input", input.toString());

        // THEN
        assertThat(code).isZero();
        assertThat(cli.err()).contains("line 1").contains("2025-13-45").contains("without a publication date");
        assertThat(new ObjectMapper().readTree(cli.out().lines().findFirst().orElseThrow()).path("label").asText())
                .isEqualTo("rumour");
    }

    @Test
    @DisplayName("tier overrides for every server in bot-config.yml apply to the output")
    void configTierOverride(@TempDir Path dir) throws Exception {
        // GIVEN a config rating Lewis Steele tier 1 (default 2)
        Path config = Files.writeString(dir.resolve("bot-config.yml"),
                "sources:\n  tiers:\n    - name: Lewis Steele\n      tier: 1\n");
        Path input = Files.writeString(dir.resolve("articles.jsonl"), SEED + "\n");

        // WHEN
        int code = cli.run("analyse", "--input", input.toString(), "--config", config.toString());

        // THEN
        assertThat(code).isZero();
        JsonNode source = new ObjectMapper().readTree(cli.out().lines().findFirst().orElseThrow()).path("sources").get(0);
        assertThat(source.path("name").asText()).isEqualTo("Lewis Steele");
        assertThat(source.path("tier").asText()).isEqualTo("1");
    }
}
