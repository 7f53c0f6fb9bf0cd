package dev.rumourmill.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Checks bot-config.yml's size and shape before anything expands it, so that a hostile or broken file
 * (a YAML "billion laughs" anchor bomb, a 30 MB string, 200,000 feeds) stops the bot with one message
 * instead of exhausting its memory. The limits are far above any real configuration.
 */
final class ConfigFileLimits {

    static final long MAX_FILE_BYTES = 1024 * 1024;
    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 20;
    static final int MAX_LIST_ENTRIES = 5_000;
    static final int MAX_VALUE_CHARS = 10_000;
    /** Nodes after every alias is expanded, which is what the binder will see. */
    static final int MAX_EXPANDED_NODES = 100_000;

    private ConfigFileLimits() {
    }

    static void check(Path file, String fileName) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ConfigException(fileName + " cannot be read: " + e.getMessage() + ". Fix: check the path and its permissions.");
        }
        if (size > MAX_FILE_BYTES) {
            throw new ConfigException(fileName + " is " + size / 1024 + " KB; the limit is " + MAX_FILE_BYTES / 1024
                    + " KB. Fix: a configuration is a few KB - check that --config names the right file.");
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit((int) MAX_FILE_BYTES);
        options.setAllowRecursiveKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (Node document : yaml.composeAll(reader)) {
                new Walk(fileName).expandedSize(document, "", 0);
            }
        } catch (IOException e) {
            throw new ConfigException(fileName + " cannot be read: " + e.getMessage() + ". Fix: save it as UTF-8 text.");
        } catch (MarkedYAMLException e) {
            throw refused(fileName, e.getProblemMark(), e.getProblem());
        } catch (YAMLException e) {
            throw refused(fileName, null, e.getMessage());
        } catch (StackOverflowError e) {
            throw new ConfigException(fileName + " is nested too deeply. Fix: use the layout of the commented example.");
        }
    }

    private static ConfigException refused(String fileName, Mark mark, String problem) {
        String where = mark == null ? "" : " line " + (mark.getLine() + 1);
        String text = problem == null ? "" : problem.strip().replaceAll("\\s+", " ");
        if (text.contains("aliases") || text.contains("Nesting Depth") || text.contains("exceeds the limit")) {
            return new ConfigException(fileName + where + ": refused, the file is too large once expanded (" + text
                    + "). Fix: write the values out instead of repeating anchors (&name / *name) many times.");
        }
        return new ConfigException(fileName + where + " is not valid YAML: " + text + ". Fix: indent with spaces "
                + "(never tabs), put a space after each colon, and quote values that contain ': ' or start with "
                + "'@', '*' or '&'.");
    }

    /** Counts nodes as the binder will see them (aliases expanded) and checks each list and value on the way. */
    private static final class Walk {
        private final String fileName;
        private final Map<Node, Long> sizes = new IdentityHashMap<>();
        private long total;

        Walk(String fileName) {
            this.fileName = fileName;
        }

        long expandedSize(Node node, String key, int depth) {
            Long known = sizes.get(node);
            if (known != null) {
                if (known < 0) {
                    throw tooLarge(node, "an anchor refers to itself");
                }
                add(known, node);
                return known;
            }
            if (depth > MAX_DEPTH) {
                throw tooLarge(node, "nested more than " + MAX_DEPTH + " levels deep");
            }
            sizes.put(node, -1L);
            long before = total;
            add(1, node);
            if (node instanceof ScalarNode scalar && scalar.getValue().length() > MAX_VALUE_CHARS) {
                throw new ConfigException(fileName + line(node) + ": " + name(key) + " is " + scalar.getValue().length()
                        + " characters long; the limit is " + MAX_VALUE_CHARS + ". Fix: shorten it.");
            }
            if (node instanceof SequenceNode sequence) {
                if (sequence.getValue().size() > MAX_LIST_ENTRIES) {
                    throw new ConfigException(fileName + line(node) + ": " + name(key) + " has "
                            + sequence.getValue().size() + " entries; the limit is " + MAX_LIST_ENTRIES
                            + ". Fix: split the work between several bots, or remove entries you do not need.");
                }
                for (int i = 0; i < sequence.getValue().size(); i++) {
                    expandedSize(sequence.getValue().get(i), key + "[" + i + "]", depth + 1);
                }
            } else if (node instanceof MappingNode mapping) {
                if (mapping.getValue().size() > MAX_LIST_ENTRIES) {
                    throw new ConfigException(fileName + line(node) + ": " + name(key) + " has "
                            + mapping.getValue().size() + " keys; the limit is " + MAX_LIST_ENTRIES + ". Fix: remove keys.");
                }
                for (NodeTuple tuple : mapping.getValue()) {
                    String child = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
                    expandedSize(tuple.getKeyNode(), key, depth + 1);
                    expandedSize(tuple.getValueNode(), key.isEmpty() ? child : key + "." + child, depth + 1);
                }
            }
            long size = total - before;
            sizes.put(node, size);
            return size;
        }

        private void add(long nodes, Node at) {
            total += nodes;
            if (total > MAX_EXPANDED_NODES) {
                throw tooLarge(at, "more than " + MAX_EXPANDED_NODES + " values once anchors are expanded");
            }
        }

        private ConfigException tooLarge(Node at, String why) {
            return new ConfigException(fileName + line(at) + ": refused, " + why + ". Fix: write the values out "
                    + "instead of repeating anchors (&name / *name), and keep to the layout of the commented example.");
        }

        private static String line(Node node) {
            return node.getStartMark() == null ? "" : " line " + (node.getStartMark().getLine() + 1);
        }

        private static String name(String key) {
            return key.isEmpty() ? "the file" : key;
        }
    }
}
