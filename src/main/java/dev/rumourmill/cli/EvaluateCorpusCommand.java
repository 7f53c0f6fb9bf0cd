package dev.rumourmill.cli;

import dev.rumourmill.bench.Evaluation;
import dev.rumourmill.rumours.Corpus;
import dev.rumourmill.rumours.RumourEngine;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate --corpus DIR [--part held-out|training|all]}: the team corpus scored as {@code analyse --eval}
 * scores a file, with the players the corpus lists. The held-out part (the default) is the one the models never
 * train on, so its figures are the ones to compare before and after a change.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score the rumour engine on a part of the team corpus (src/test/resources/rumours/corpus):",
            "the same report and KEY line as 'analyse --eval', with the corpus's own players files."})
public class EvaluateCorpusCommand implements Callable<Integer> {

    /** Which articles of the corpus to score. */
    enum Part { HELD_OUT, TRAINING, ALL }

    @Option(names = "--corpus", required = true, paramLabel = "DIR",
            description = "the corpus folder: part-*.jsonl and players-part-*.csv")
    Path corpus;

    @Option(names = "--part", paramLabel = "PART", defaultValue = "held-out", converter = PartConverter.class,
            description = "held-out (default: the fifth never trained on), training or all")
    Part part;

    @Mixin
    ConfigOption config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(corpus)) {
            err.println("Error: --corpus " + corpus + " is not a folder. Fix: point it at the folder holding "
                    + "part-*.jsonl and players-part-*.csv, e.g. src/test/resources/rumours/corpus.");
            err.flush();
            return CommandLineFactory.EXIT_USAGE;
        }
        Corpus read = Corpus.read(corpus);
        List<Corpus.Labelled> articles = switch (part) {
            case HELD_OUT -> read.heldOut();
            case TRAINING -> read.training();
            case ALL -> read.articles();
        };
        RumourEngine engine = EngineFactory.create(read.players(), config);
        List<Evaluation.Case> cases = articles.stream()
                .map(labelled -> new Evaluation.Case(labelled.gold(), engine.analyseInDetail(labelled.article())))
                .toList();
        new Evaluation(engine.knowledge()).report(cases, out);
        out.flush();
        return 0;
    }

    /** Accepts the part as written in the help ("held-out"), in any case. */
    static final class PartConverter implements picocli.CommandLine.ITypeConverter<Part> {
        @Override
        public Part convert(String value) {
            return Part.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }
}
