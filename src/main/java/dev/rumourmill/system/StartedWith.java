package dev.rumourmill.system;

import dev.rumourmill.config.BotProperties;
import dev.rumourmill.config.RunMode;
import java.io.PrintStream;

/**
 * What the command line hands to the running bot: the validated configuration, whether a Discord token was
 * given, and where preview mode prints. The one object that enters the Spring context from outside.
 */
record StartedWith(BotProperties properties, RunMode mode, PrintStream previewOut) {
}
