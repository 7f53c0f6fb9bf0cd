package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.read.ListAppender;
import dev.rumourmill.discord.fake.FakeDiscord;
import dev.rumourmill.discord.fake.RunningBot;
import dev.rumourmill.discord.fake.SentInteraction;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.slf4j.LoggerFactory;

// Alone: it turns JDA up to TRACE and listens on the root logger, which every other running bot would feed.
@Isolated
class TokenLoggingEndToEndTest {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

    /** What the log received while one slash command was answered. */
    private List<String> loggedDuring(FakeDiscord fake, SentInteraction[] sent) {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.setContext(context);
        log.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(log);
        try {
            sent[0] = fake.interaction("about").send();
            sent[0].awaitReply();
        } finally {
            root.detachAppender(log);
        }
        return List.copyOf(log.list).stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    @DisplayName("with JDA logging at TRACE, neither the bot token nor an interaction token reaches the log")
    void tokensAreNeverLogged() {
        // GIVEN a bot whose operator turned JDA's logging up to TRACE
        try (FakeDiscord fake = FakeDiscord.start();
             RunningBot bot = RunningBot.against(fake).withProperty("logging.level.net.dv8tion=TRACE").start()) {
            assertThat(context.getLogger("net.dv8tion").getEffectiveLevel()).isEqualTo(Level.TRACE);

            // WHEN a slash command comes in and is answered
            SentInteraction[] sent = new SentInteraction[1];
            List<String> lines = loggedDuring(fake, sent);

            // THEN no logged line holds either token
            assertThat(lines).noneMatch(line -> line.contains(sent[0].token())).noneMatch(line -> line.contains(RunningBot.TOKEN));

            // AND without the filter the same command does log its token: the test can see a leak
            TurboFilter filter = context.getTurboFilterList().stream()
                    .filter(f -> "rumourmill-jda-token-filter".equals(f.getName())).findFirst().orElseThrow();
            context.getTurboFilterList().remove(filter);
            try {
                List<String> unfiltered = loggedDuring(fake, sent);
                assertThat(unfiltered).anyMatch(line -> line.contains(sent[0].token()));
            } finally {
                context.addTurboFilter(filter);
            }
        }
    }
}
