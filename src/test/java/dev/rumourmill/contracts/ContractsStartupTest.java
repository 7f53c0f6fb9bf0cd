package dev.rumourmill.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.config.BotProperties;
import dev.rumourmill.config.ContractOverrideProperties;
import dev.rumourmill.config.ContractsProperties;
import dev.rumourmill.config.StorageProperties;
import dev.rumourmill.system.BotRuntime;
import dev.rumourmill.config.RunMode;
import dev.rumourmill.testsupport.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContractsStartupTest {

    @Test
    @DisplayName("the running bot loads the sample data into an empty database and applies bot-config.yml overrides")
    void sampleDataAndConfiguredOverrides() {
        // GIVEN an empty database and one override in the config
        String url = TestDatabase.migratedH2Url("contracts");
        BotProperties properties = new BotProperties(null, null, null, null, null, new StorageProperties(url, "sa"),
                null, new ContractsProperties(true, List.of(new ContractOverrideProperties("Bukayo Saka",
                        "2031-06-30", null, null, "club statement")), null));

        // WHEN the bot starts in preview mode
        try (BotRuntime runtime = BotRuntime.start(properties, new RunMode(Optional.empty()),
                new PrintStream(new ByteArrayOutputStream()))) {
            ContractService service = runtime.context().getBean(ContractService.class);

            // THEN /contract konate answers from the sample data, and Saka's override is in force
            ContractReply konate = (ContractReply) service.contract(new ContractQuery("konate"));
            assertThat(konate.clubName()).isEqualTo("Liverpool");
            assertThat(konate.sampleData()).isTrue();
            ContractReply saka = (ContractReply) service.contract(new ContractQuery("saka"));
            assertThat(saka.expires()).isEqualTo(LocalDate.of(2031, 6, 30));
            assertThat(saka.source()).contains("admin override by bot-config.yml").contains("club statement");
        }
    }
}
