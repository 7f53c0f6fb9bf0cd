package dev.rumourmill.discord.screenshots;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rumourmill.alerts.AlertPublisher;
import dev.rumourmill.alerts.SourceRef;
import dev.rumourmill.alerts.StoryAlert;
import dev.rumourmill.alerts.StoryUpdate;
import dev.rumourmill.config.AlertKind;
import dev.rumourmill.config.AlertRouteProperties;
import dev.rumourmill.config.AlertStyle;
import dev.rumourmill.discord.fake.FakeChannel;
import dev.rumourmill.discord.fake.FakeDiscord;
import dev.rumourmill.discord.fake.PostedMessage;
import dev.rumourmill.discord.fake.RunningBot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Makes the pages behind docs/images/alerts-*.png: runs the real bot against the loopback fake Discord with one
 * channel in each form, sends one story through its life (new, a second outlet, agreed with a ping) and writes what
 * the fake received as HTML. {@code docs/screenshots.sh} turns the pages into PNGs with headless Chromium and calls
 * {@code crop} to cut the empty space under them. Not a test: the test suite never needs Chromium.
 */
public final class AlertScreenshots {

    private static final String ROLE = "523456789012345678";
    private static final Map<String, String> ROLE_NAMES = Map.of(ROLE, "Transfer News");

    private AlertScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("crop")) {
            crop(Path.of(args[1]));
            return;
        }
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        Files.createDirectories(out);
        try (FakeDiscord fake = FakeDiscord.builder()
                .withGuild("Kop", guild -> guild.withTextChannel("alerts-embed").withTextChannel("alerts-components"))
                .start()) {
            FakeChannel embed = fake.guild("Kop").channel("alerts-embed");
            FakeChannel components = fake.guild("Kop").channel("alerts-components");
            try (RunningBot bot = RunningBot.against(fake)
                    .withAlertRoute(route(embed.id(), AlertStyle.EMBED))
                    .withAlertRoute(route(components.id(), AlertStyle.COMPONENTS))
                    .start()) {
                walk(bot, fake, List.of(embed, components));
                write(out.resolve("alerts-embed.html"), "alerts-embed", fake.messagesIn(embed.id()));
                write(out.resolve("alerts-components.html"), "alerts-components", fake.messagesIn(components.id()));
            }
        }
        System.exit(0);
    }

    private static AlertRouteProperties route(String channel, AlertStyle style) {
        return new AlertRouteProperties(channel, null, null, null, null, null,
                new AlertRouteProperties.Ping(ROLE, Set.of("agreed")), new AlertRouteProperties.Post(style, null, null, null));
    }

    /** A story of our own: reported, reported again by a second outlet (an edit), then agreed (a reply that pings). */
    private static void walk(RunningBot bot, FakeDiscord fake, List<FakeChannel> channels) {
        AlertPublisher publisher = bot.bean(AlertPublisher.class);
        StoryAlert rumour = StoryAlert.builder("screenshot-1").update(StoryUpdate.NEW_STORY).kind(AlertKind.RUMOUR)
                .stage("talks").headline("Tomas Brennan → Real Madrid").players(List.of("Tomas Brennan"))
                .clubs(List.of("Northport", "Real Madrid"))
                .summary("Real Madrid have opened talks with Northport over Tomas Brennan, whose contract ends next "
                        + "summer, according to Casey Reporter of the Northport Echo.")
                .sources(List.of(new SourceRef("Casey Reporter", "2"), new SourceRef("Northport Echo", "3"))).confidence(0.45)
                .articleUrl("https://news.example/brennan-talks").imageUrl("https://images.example/brennan.jpg")
                .feedName("Northport Echo").publishedAt(Instant.parse("2026-11-28T10:00:00Z"))
                .contractLine("Northport, until 30 Jun 2027 (7 months left)").build();
        publisher.publish(rumour);
        channels.forEach(channel -> fake.awaitMessagesIn(channel.id(), 1));
        List<SourceRef> both = List.of(new SourceRef("The Daily Wire", "1"), new SourceRef("Casey Reporter", "2"),
                new SourceRef("Northport Echo", "3"));
        publisher.publish(rumour.toBuilder().update(StoryUpdate.NEW_SOURCE).reports(2).sources(both).confidence(0.62)
                .latestSources(List.of(new SourceRef("The Daily Wire", "1"))).build());
        channels.forEach(channel -> fake.await("the edit in " + channel.name(), () -> fake.messagesIn(channel.id()).stream()
                .filter(m -> m.edits() > 0).findFirst(), FakeDiscord.DEFAULT_TIMEOUT));
        publisher.publish(rumour.toBuilder().update(StoryUpdate.STAGE_CHANGE).stage("agreed").reports(2).sources(both)
                .confidence(0.8).summary("Northport and Real Madrid have agreed a fee for Tomas Brennan; personal terms "
                        + "are expected to follow, according to The Daily Wire.").build());
        channels.forEach(channel -> fake.awaitMessagesIn(channel.id(), 2));
    }

    private static void write(Path file, String channelName, List<PostedMessage> messages) throws IOException {
        List<JsonNode> shown = messages.stream().map(AlertScreenshots::withReference).toList();
        Files.writeString(file, new DiscordMessageHtml(ROLE_NAMES).page(channelName, shown));
        System.out.println("wrote " + file);
    }

    /** The fake keeps the reply's reference in the request; Discord shows it above the message. */
    private static JsonNode withReference(PostedMessage message) {
        ObjectNode copy = message.message().deepCopy();
        if (message.request().has("message_reference")) {
            copy.set("message_reference", message.request().get("message_reference"));
        }
        return copy;
    }

    /** Cuts the rows under the last drawn pixel (Chromium shoots the whole window). */
    private static void crop(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        int background = image.getRGB(image.getWidth() - 1, image.getHeight() - 1);
        int last = image.getHeight() - 1;
        while (last > 0 && rowIs(image, last, background)) {
            last--;
        }
        ImageIO.write(image.getSubimage(0, 0, image.getWidth(), Math.min(image.getHeight(), last + 17)), "png", png.toFile());
    }

    private static boolean rowIs(BufferedImage image, int y, int colour) {
        for (int x = 0; x < image.getWidth(); x++) {
            if (image.getRGB(x, y) != colour) {
                return false;
            }
        }
        return true;
    }
}
