package dev.rumourmill.config;

/**
 * Ties one of our players to a football-data.org person.
 *
 * @param player   a name, nickname or player id, e.g. "Ibrahima Konaté"
 * @param personId the number in https://api.football-data.org/v4/persons/{id}
 */
public record LivePersonProperties(String player, Long personId) {

    public LivePersonProperties {
        if (player == null || player.isBlank()) {
            throw new InvalidConfigException("player", "", "name the player, e.g. \"Ibrahima Konaté\"");
        }
        player = player.strip();
        if (personId == null || personId < 1) {
            throw new InvalidConfigException("person-id", personId,
                    "use the number from football-data.org's /v4/persons/{id}, e.g. 16275");
        }
    }
}
