package dev.rumourmill.contracts;

import java.net.URI;
import java.time.LocalDate;

/** "His deal expires in 2026", as an article reported it: kept with its source, never overriding curated data. */
public record ReportedContract(String playerId, int expiryYear, URI articleUrl, String outlet, LocalDate reportedOn) {

    public ReportedContract {
        if (playerId == null || playerId.isBlank() || articleUrl == null || outlet == null || outlet.isBlank()
                || reportedOn == null) {
            throw new IllegalArgumentException("a reported contract needs a player, an article, an outlet and a date");
        }
        if (expiryYear < 1990 || expiryYear > 2100) {
            throw new IllegalArgumentException("expiry year " + expiryYear + " is not plausible");
        }
    }
}
