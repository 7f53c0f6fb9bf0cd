package dev.rumourmill.system;

import dev.rumourmill.config.RunMode;
import dev.rumourmill.RumourMillApplication;
import dev.rumourmill.config.BotProperties;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The running bot: a Spring context built around an already validated configuration. Closing it (or a
 * SIGTERM, through Spring's shutdown hook) stops every routine and the Discord connection in order.
 */
public final class BotRuntime implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private BotRuntime(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static BotRuntime start(BotProperties properties, RunMode mode, PrintStream out, String... extraProperties) {
        var builder = new SpringApplicationBuilder(RumourMillApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .properties(extraProperties)
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton("startedWith", new StartedWith(properties, mode, out)));
        BotRuntime[] holder = new BotRuntime[1];
        builder.listeners(event -> {
            if (event instanceof ContextClosedEvent && holder[0] != null) {
                org.slf4j.LoggerFactory.getLogger(BotRuntime.class).info("Rumour Mill stopped.");
                holder[0].stopped.countDown();
            }
        });
        ConfigurableApplicationContext context = builder.run();
        holder[0] = new BotRuntime(context);
        if (!context.isActive()) {
            holder[0].stopped.countDown();
        }
        return holder[0];
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    /** Blocks until the bot was stopped by {@link #close()} or a shutdown signal. */
    public void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (context.isActive()) {
            context.close();
        }
        stopped.countDown();
    }
}
