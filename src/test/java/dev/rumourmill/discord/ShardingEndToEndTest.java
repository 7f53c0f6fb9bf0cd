package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.discord.fake.FakeDiscord;
import dev.rumourmill.discord.fake.FakeGuild;
import dev.rumourmill.discord.fake.RunningBot;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ShardingEndToEndTest {

    private static long shardOf(FakeGuild guild, int total) {
        return (Long.parseLong(guild.id()) >> 22) % total;
    }

    @Test
    @DisplayName("with two shards the bot serves every server, each through its own shard")
    void twoShardsServeAllServers() {
        // GIVEN three servers spread over two shards
        try (FakeDiscord fake = FakeDiscord.builder().withGuilds(3).start()) {
            assertThat(fake.guilds()).extracting(guild -> shardOf(guild, 2)).contains(0L, 1L);

            // WHEN the bot runs with shard-total 2
            try (RunningBot bot = RunningBot.against(fake).withShardTotal(2).start()) {

                // THEN it identified twice, knows all servers, and answers in a server of each shard
                assertThat(fake.identifyCount()).isEqualTo(2);
                assertThat(bot.session().guildCount()).isEqualTo(3);
                for (FakeGuild guild : fake.guilds()) {
                    var reply = fake.interaction("about").in(guild.channels().get(0)).send().awaitReply();
                    assertThat(reply.text()).contains("Servers\n3");
                }
            }
        }
    }

    @Test
    @DisplayName("a process running only shard 1 of 2 sees only that shard's servers and does not register global commands")
    void shardRangeLimitsTheProcess() {
        // GIVEN three servers spread over two shards
        try (FakeDiscord fake = FakeDiscord.builder().withGuilds(3).start()) {
            long onShardOne = fake.guilds().stream().filter(guild -> shardOf(guild, 2) == 1).count();

            // WHEN the bot runs shard 1 only
            try (RunningBot bot = RunningBot.against(fake).withShardTotal(2).withShardRange(1, 1).start()) {

                // THEN it connected once, knows only shard 1's servers, and left global commands to shard 0's process
                assertThat(fake.identifyCount()).isEqualTo(1);
                assertThat(bot.session().guildCount()).isEqualTo(onShardOne);
                assertThat(fake.requests("PUT", "/applications/\\d+/commands")).isEmpty();
                FakeGuild served = fake.guilds().stream().filter(guild -> shardOf(guild, 2) == 1).findFirst().orElseThrow();
                assertThat(fake.interaction("about").in(served.channels().get(0)).send().awaitReply().text())
                        .contains("Version");
            }
        }
    }
}
