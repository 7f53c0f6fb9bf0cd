/**
 * Players and contracts: four sources in order of precedence, the {@code players.csv} import, the name index and
 * its caches, pre-contract rules, the squad chart, and the ports other features use ({@code RecentRumours},
 * {@code ReportedContracts}). Wired by {@code ContractsConfiguration}; no JDA, no Spring beyond JDBC for its store.
 */
package dev.rumourmill.contracts;
