package dev.rumourmill.contracts;

import java.time.LocalDate;
import java.util.List;

/**
 * @param headline        one sentence for the status line
 * @param preContractFrom the first day a pre-contract with a club in another country is possible; null if unknown
 * @param caveats         what could change the picture (domestic rules, compensation, an option)
 */
public record ContractStatus(ContractStatusKind kind, String headline, LocalDate preContractFrom, List<String> caveats) {

    public ContractStatus {
        caveats = List.copyOf(caveats);
    }
}
