package dev.rumourmill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rumourmill.testsupport.LoopbackHttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class InspectFeedCommandTest {

    private final CliRun cli = new CliRun();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;


    private Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/feeds/" + name)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private Path emptyConfig(String yaml) throws IOException {
        return Files.writeString(dir.resolve("bot-config.yml"), yaml);
    }

    @Test
    @DisplayName("an RSS 2.0 file prints the documented JSON schema with ISO-8601 UTC dates and exits 0")
    void rssFile() throws Exception {
        // GIVEN an RSS 2.0 file
        Path file = fixture("rss2-broadcaster.xml");

        // WHEN it is inspected
        int code = cli.run("inspect-feed", "--config", emptyConfig("{}").toString(), file.toString());

        // THEN the JSON has exactly the documented fields
        assertThat(code).isZero();
        JsonNode node = json.readTree(cli.out());
        assertThat(node.fieldNames()).toIterable().containsExactly("source", "format", "title", "link", "entries", "warnings");
        assertThat(node.get("format").asText()).isEqualTo("rss_2.0");
        JsonNode entry = node.get("entries").get(0);
        assertThat(entry.fieldNames()).toIterable()
                .containsExactly("id", "title", "link", "published", "updated", "author", "summary", "image");
        assertThat(entry.get("published").asText()).isEqualTo("2026-11-28T09:30:00Z");
        assertThat(entry.get("image").asText()).isEqualTo("https://img.example.org/240/c1001.jpg");
    }

    @Test
    @DisplayName("Atom and RDF files give one compact JSON object per line, in the order given")
    void severalFiles() throws Exception {
        Path atom = fixture("atom-forum.xml");
        Path rdf = fixture("rdf-club.xml");

        int code = cli.run("inspect-feed", "--config", emptyConfig("{}").toString(), atom.toString(), rdf.toString());

        assertThat(code).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(json.readTree(lines.get(0)).get("format").asText()).isEqualTo("atom_1.0");
        assertThat(json.readTree(lines.get(1)).get("format").asText()).isEqualTo("rss_1.0");
    }

    @Test
    @DisplayName("a DOCTYPE/XXE file is refused with a clear message on stderr and exit code 1")
    void xxeFile() throws Exception {
        Path file = fixture("xxe-local-file.xml");

        int code = cli.run("inspect-feed", "--config", emptyConfig("{}").toString(), file.toString());

        assertThat(code).isEqualTo(1);
        assertThat(cli.err()).contains("declares a DOCTYPE, which is refused for safety");
        assertThat(cli.out()).doesNotContain("root:");
    }

    @Test
    @DisplayName("with several sources a failed one prints {source, error}, the rest still print, exit code 1")
    void mixedSources() throws Exception {
        Path good = fixture("rdf-club.xml");
        Path html = fixture("web-page.html");

        int code = cli.run("inspect-feed", "--config", emptyConfig("{}").toString(), html.toString(), good.toString(),
                dir.resolve("missing.xml").toString());

        assertThat(code).isEqualTo(1);
        List<JsonNode> lines = cli.out().lines().map(this::parse).toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).fieldNames()).toIterable().containsExactly("source", "error");
        assertThat(lines.get(0).get("error").asText()).startsWith("This URL is a web page, not a feed.");
        assertThat(lines.get(1).get("entries")).hasSize(2);
        assertThat(lines.get(2).get("error").asText()).startsWith("No such file");
    }

    @Test
    @DisplayName("a URL is fetched over HTTP when its host is allow-listed, and refused as private otherwise")
    void url() throws Exception {
        try (LoopbackHttpServer server = new LoopbackHttpServer()) {
            server.serve("/rss", "application/rss+xml", Files.readAllBytes(fixture("rss2-broadcaster.xml")));
            Path allowing = emptyConfig("polling:\n  allow-private-hosts: [127.0.0.1]\n");

            int allowed = cli.run("inspect-feed", "--config", allowing.toString(), server.url("/rss").toString());
            int refused = cli.run("inspect-feed", "--config", Files.writeString(dir.resolve("strict.yml"), "{}").toString(),
                    server.url("/rss").toString());

            assertThat(allowed).isZero();
            assertThat(json.readTree(cli.out()).get("entries")).hasSize(2);
            assertThat(refused).isEqualTo(1);
            assertThat(cli.err()).contains("is a private or loopback address").contains("polling.allow-private-hosts");
        }
    }

    private JsonNode parse(String line) {
        try {
            return json.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }
}
