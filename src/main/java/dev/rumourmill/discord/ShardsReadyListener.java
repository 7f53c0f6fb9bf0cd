package dev.rumourmill.discord;

import dev.rumourmill.config.BotProperties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the work that needs a connected shard: registers the slash commands (globally from shard 0, or in
 * the dev guild from the shard that holds it), and once every shard of this process is ready, checks
 * the configured channels and marks the session ready.
 */
class ShardsReadyListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(ShardsReadyListener.class);

    private final CommandRegistry registry;
    private final ChannelPermissionCheck channelCheck;
    private final DiscordStartupFindings findings;
    private final DiscordSession session;
    private final String devGuild;
    private final Set<Integer> readyShards = ConcurrentHashMap.newKeySet();
    private volatile ShardManager shardManager;
    private volatile int expectedShards = Integer.MAX_VALUE;

    ShardsReadyListener(CommandRegistry registry, ChannelPermissionCheck channelCheck, DiscordStartupFindings findings,
                        DiscordSession session, BotProperties properties) {
        this.registry = registry;
        this.channelCheck = channelCheck;
        this.findings = findings;
        this.session = session;
        this.devGuild = properties.discord().devGuild();
    }

    void expectShards(ShardManager manager, int count) {
        this.shardManager = manager;
        this.expectedShards = count;
        checkAllReady();
    }

    @Override
    public void onReady(ReadyEvent event) {
        JDA jda = event.getJDA();
        log.info("Shard {} connected as {} in {} server(s)", jda.getShardInfo().getShardString(),
                jda.getSelfUser().getName(), jda.getGuildCache().size());
        if (devGuild == null) {
            if (jda.getShardInfo().getShardId() == 0) {
                registry.registerGlobally(jda);
            }
        } else {
            Guild guild = jda.getGuildById(devGuild);
            if (guild != null) {
                registry.registerIn(guild);
            }
        }
        readyShards.add(jda.getShardInfo().getShardId());
        checkAllReady();
    }

    private synchronized void checkAllReady() {
        ShardManager manager = shardManager;
        if (manager == null || readyShards.size() < expectedShards) {
            return;
        }
        boolean runsAllShards = expectedShards == manager.getShardsTotal();
        if (devGuild != null && runsAllShards && manager.getGuildById(devGuild) == null) {
            findings.warn("The bot is not in the dev guild " + devGuild + " (discord.dev-guild), so its commands "
                    + "were not registered anywhere. Fix: invite it with "
                    + InviteUrl.forApplication(manager.getShards().get(0).getSelfUser().getApplicationId(), devGuild)
                    + " or correct discord.dev-guild.");
        }
        channelCheck.check(manager, runsAllShards);
        session.markAllShardsReady();
        log.info("Connected to Discord: {} shard(s), {} server(s)", expectedShards, manager.getGuildCache().size());
    }
}
