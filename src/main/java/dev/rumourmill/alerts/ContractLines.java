package dev.rumourmill.alerts;

import dev.rumourmill.contracts.ContractAnswer;
import dev.rumourmill.contracts.ContractQuery;
import dev.rumourmill.contracts.ContractReply;
import dev.rumourmill.contracts.ContractService;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** The one-line contract fact an alert shows for its player: "Liverpool, until 30 Jun 2026 — <status>". */
final class ContractLines {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final ContractService contracts;

    ContractLines(ContractService contracts) {
        this.contracts = contracts;
    }

    Optional<String> forPlayer(String playerName) {
        try {
            ContractAnswer answer = contracts.contract(new ContractQuery(playerName));
            if (!(answer instanceof ContractReply reply) || reply.expires() == null) {
                return Optional.empty();
            }
            String club = reply.clubName() == null ? "" : reply.clubName() + ", ";
            String status = reply.status() == null ? "" : " — " + reply.status().headline();
            String sample = reply.sampleData() ? " (sample data)" : "";
            return Optional.of(club + "until " + DAY.format(reply.expires()) + status + sample);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
