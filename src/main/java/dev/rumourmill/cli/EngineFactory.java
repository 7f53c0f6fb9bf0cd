package dev.rumourmill.cli;

import dev.rumourmill.config.BotProperties;
import dev.rumourmill.config.SourceTierOverride;
import dev.rumourmill.contracts.TransfermarktPlayerRow;
import dev.rumourmill.contracts.TransfermarktPlayersCsv;
import dev.rumourmill.rumours.KnowledgeBase;
import dev.rumourmill.rumours.KnownPlayer;
import dev.rumourmill.rumours.RumourEngine;
import dev.rumourmill.rumours.SourceTiers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds the rumour engine for a command: built-in knowledge, a players file, the config's tier overrides. */
final class EngineFactory {

    private EngineFactory() {
    }

    static RumourEngine create(Path playersFile, ConfigOption config, PrintWriter err) {
        return create(playersFile == null ? List.of() : readPlayers(playersFile, err), config);
    }

    static RumourEngine create(List<KnownPlayer> players, ConfigOption config) {
        KnowledgeBase knowledge = KnowledgeBase.builtIn(players);
        BotProperties properties = config == null ? null : config.load(System.getenv());
        List<SourceTiers.Override> overrides = new ArrayList<>();
        if (properties != null) {
            for (SourceTierOverride o : properties.sources().tiers()) {
                overrides.add(new SourceTiers.Override(o.name(), o.tier(), o.guild()));
            }
        }
        return new RumourEngine(knowledge, SourceTiers.of(overrides, knowledge));
    }

    static List<KnownPlayer> readPlayers(Path file, PrintWriter err) {
        List<KnownPlayer> players = new ArrayList<>();
        int[] problems = {0};
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                var rows = TransfermarktPlayersCsv.read(reader)) {
            rows.forEach(parsed -> {
                if (parsed instanceof TransfermarktPlayersCsv.Row row) {
                    players.add(toKnownPlayer(row.player()));
                } else if (parsed instanceof TransfermarktPlayersCsv.Problem problem) {
                    problems[0]++;
                    err.println(file.getFileName() + " line " + problem.line() + ": skipped, " + problem.reason());
                }
            });
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("the players file " + file + " does not exist");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the players file " + file + ": " + e.getMessage());
        }
        if (problems[0] > 0) {
            err.println(problems[0] + " player row(s) skipped; " + players.size() + " loaded.");
        }
        return players;
    }

    static KnownPlayer toKnownPlayer(TransfermarktPlayerRow row) {
        return new KnownPlayer(row.playerId(), row.name(), List.of(), row.currentClubName());
    }
}
