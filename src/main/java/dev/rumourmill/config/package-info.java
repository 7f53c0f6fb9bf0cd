/**
 * What a run was started with: {@code bot-config.yml} bound to immutable, self-validating records ({@code
 * BotProperties} and its sections), loaded with line numbers in every error; the Discord token and {@code RunMode}
 * (preview or connected); the version. Every other package may read it; it depends on no other package.
 */
package dev.rumourmill.config;
