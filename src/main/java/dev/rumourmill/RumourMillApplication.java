package dev.rumourmill;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Spring application of the running bot: Spring Boot's JDBC and transaction set-up plus the
 * {@link Features}. It is started by the {@code run} command (see {@link dev.rumourmill.cli.RunCommand}) with
 * the validated {@code bot-config.yml} already bound.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableScheduling
@Import(Features.class)
public class RumourMillApplication {
}
