/**
 * The command line (picocli): {@code run} (the default), {@code analyse}, {@code inspect-feed}, {@code
 * import-contracts} and {@code bench}. One-off commands open the database through {@code CommandDatabase}
 * without starting the bot. May use every other package; none uses it.
 */
package dev.rumourmill.cli;
