package dev.rumourmill;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring composition root of the running bot. It is started by the {@code run} command
 * (see {@link dev.rumourmill.cli.RunCommand}) with the validated {@code bot-config.yml} already bound.
 */
@SpringBootApplication
public class RumourMillApplication {
}
