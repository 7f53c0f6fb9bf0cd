package dev.rumourmill.contracts;

import dev.rumourmill.config.BotProperties;
import dev.rumourmill.config.ContractsProperties;
import dev.rumourmill.config.LivePersonProperties;
import dev.rumourmill.config.LiveProviderProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Wires the contracts feature into the running bot: store, directory, service and admin use cases, the
 * optional live provider, and at start-up the sample data (if the database is empty) and the configured
 * overrides. The feature's classes stay plain Java; only this class knows Spring.
 */
@Configuration(proxyBeanMethods = false)
public class ContractsConfiguration {

    private static final System.Logger LOG = System.getLogger(ContractsConfiguration.class.getName());
    /** How soon a bot notices an import run by another process on the same database. */
    static final Duration VERSION_CHECK = Duration.ofSeconds(30);

    @Bean
    ContractStore contractStore(DataSource dataSource) {
        return new ContractStore(dataSource);
    }

    @Bean
    ContractDirectory contractDirectory(ContractStore store, Clock clock) {
        return new ContractDirectory(store, clock, VERSION_CHECK);
    }

    @Bean
    LiveContractProvider liveContractProvider(BotProperties properties, Environment environment, Clock clock) {
        LiveProviderProperties live = properties.contracts().liveProvider();
        if (!live.enabled()) {
            return LiveContractProvider.NONE;
        }
        String key = environment.getProperty(LiveProviderProperties.API_KEY_ENV_VARIABLE, "");
        if (key.isBlank()) {
            LOG.log(System.Logger.Level.WARNING, "contracts.live-provider is enabled but "
                    + LiveProviderProperties.API_KEY_ENV_VARIABLE + " is not set: live contract data is off. "
                    + "Get a key at https://www.football-data.org/client/register and set the variable.");
            return LiveContractProvider.NONE;
        }
        Map<String, Long> persons = new LinkedHashMap<>();
        for (LivePersonProperties person : live.persons()) {
            persons.put(person.player(), person.personId());
        }
        return new FootballDataLiveProvider(live.baseUrl(), key, live.timeout(), live.requestsPerMinute(),
                live.cacheFor(), persons, clock);
    }

    @Bean
    ContractService contractService(ContractStore store, ContractDirectory directory, LiveContractProvider live,
            ObjectProvider<RecentRumours> rumours, Clock clock) {
        // Looked up on each use: the story log lives in the alerts feature, which itself needs this service.
        RecentRumours recent = (playerId, since, limit) ->
                rumours.getIfAvailable(() -> RecentRumours.NONE).about(playerId, since, limit);
        return new ContractService(store, directory, live, recent, clock);
    }

    @Bean
    ContractAdmin contractAdmin(ContractStore store, ContractDirectory directory, Clock clock) {
        return new ContractAdmin(store, directory, clock);
    }

    @Bean
    ApplicationRunner contractDataAtStartup(BotProperties properties, ContractStore store, ContractAdmin admin,
            ContractDirectory directory) {
        return args -> {
            ContractsProperties contracts = properties.contracts();
            if (contracts.sampleDataWhenEmpty() && SampleContracts.loadIfEmpty(store)) {
                directory.invalidate();
                LOG.log(System.Logger.Level.INFO, "No contract data yet: loaded the SAMPLE DATA set (as of "
                        + SampleContracts.asOf() + ", not current: answers from it say so). Import real data "
                        + "with: java -jar rumourmill.jar import-contracts players.csv");
            }
            admin.applyConfigured(contracts.overrides().stream()
                    .map(o -> new ContractAdmin.OverrideRequest(o.player(), o.expiryDate(), o.club(), o.option(),
                            o.note(), ContractAdmin.CONFIG_FILE))
                    .toList())
                    .forEach(problem -> LOG.log(System.Logger.Level.WARNING, problem));
        };
    }
}
