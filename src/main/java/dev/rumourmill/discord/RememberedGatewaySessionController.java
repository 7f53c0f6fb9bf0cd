package dev.rumourmill.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * For a REST base other than Discord's: after one failed gateway connect JDA falls back to
 * {@link #getGateway()}, which is hard-wired to Discord's gateway. This controller answers with the URL
 * that {@code GET gateway/bot} on the configured base gave, so the bot survives an outage there too.
 */
final class RememberedGatewaySessionController extends ConcurrentSessionController {

    private volatile String gateway;

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway answer = super.getShardedGateway(api);
        gateway = answer.getUrl();
        return answer;
    }

    @Override
    public String getGateway() {
        String remembered = gateway;
        return remembered == null ? super.getGateway() : remembered;
    }
}
