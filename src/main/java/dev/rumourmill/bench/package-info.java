/**
 * Benchmarks and the rumour engine's evaluation, behind {@code bench feeds|contracts|rumours} and {@code analyse
 * --eval}: feed parsing and poll cycles beside a batched-insert baseline, contract look-ups and imports, synthetic
 * players. They print figures; no test asserts on their timings. Only {@code cli} (and tests) use this package.
 */
package dev.rumourmill.bench;
