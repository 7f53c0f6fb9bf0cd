package dev.rumourmill.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * One contract correction from bot-config.yml; it wins over imported, live and news-reported data.
 *
 * @param player  a name, nickname or player id, e.g. "Ibrahima Konaté"
 * @param expires the contract's end date, e.g. 2027-06-30
 * @param club    optional: the club, when it differs from the imported data
 * @param option  optional: an option to extend, in words
 * @param note    optional: why, e.g. "club statement 2026-01-05"
 */
public record ContractOverrideProperties(String player, String expires, String club, String option, String note) {

    public ContractOverrideProperties {
        if (player == null || player.isBlank()) {
            throw new InvalidConfigException("player", "", "name the player, e.g. \"Ibrahima Konaté\"");
        }
        player = player.strip();
        if (expires == null || expires.isBlank()) {
            throw new InvalidConfigException("expires", "", "give the contract's end date, e.g. 2027-06-30");
        }
        expires = expires.strip();
        try {
            LocalDate.parse(expires);
        } catch (DateTimeParseException e) {
            throw new InvalidConfigException("expires", expires, "write the date as year-month-day, e.g. 2027-06-30");
        }
    }

    public LocalDate expiryDate() {
        return LocalDate.parse(expires);
    }
}
