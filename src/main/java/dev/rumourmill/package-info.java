/**
 * Rumour Mill, a self-hosted Discord bot for football transfer rumours and contract questions. This package is
 * the top of the application: {@link dev.rumourmill.RumourMill} (the command line), {@link
 * dev.rumourmill.RumourMillApplication} (the Spring application of the running bot) and {@link
 * dev.rumourmill.Features}, the one list of its features. Each feature lives in its own package and is wired by
 * its own {@code XxxConfiguration}.
 */
package dev.rumourmill;
