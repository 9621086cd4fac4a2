package org.gefyra.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The keys of one YAML mapping, read the way an author would want them checked: unknown and
 * duplicate keys are errors, every error names the file and the line. Values are read as
 * written, so {@code 1.1} stays "1.1" and {@code 10:00} stays "10:00".
 */
final class YamlFields {

    private final String file;
    private final Node node;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Node> keyNodes = new LinkedHashMap<>();
    private final List<ContentError> errors;
    private ContentError.Words in;

    private YamlFields(String file, MappingNode node, List<ContentError> errors, ContentError.Words in) {
        this.file = file;
        this.node = node;
        this.errors = errors;
        this.in = in;
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (key == null) {
                errors.add(error(tuple.getKeyNode(), "key.notText"));
            } else if (values.containsKey(key)) {
                errors.add(error(tuple.getKeyNode(), "key.duplicate", key));
            } else {
                values.put(key, tuple.getValueNode());
                keyNodes.put(key, tuple.getKeyNode());
            }
        }
    }

    /** The mapping at this node, or empty (with an error) if the author wrote something else. */
    static Optional<YamlFields> of(String file, Node node, String name, List<ContentError> errors) {
        return of(file, node, name, errors, null);
    }

    private static Optional<YamlFields> of(String file, Node node, String name, List<ContentError> errors,
            ContentError.Words in) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlFields(file, mapping, errors, in));
        }
        errors.add(ContentError.of(file, line(node), in, "value.notMapping", name));
        return Optional.empty();
    }

    /** Every error found here from now on names this step or option too. */
    YamlFields within(ContentError.Words place) {
        this.in = place;
        return this;
    }

    /** Reports every key not in the allowed set. */
    YamlFields allowOnly(Set<String> allowed, List<String> inOrder) {
        keyNodes.forEach((key, keyNode) -> {
            if (!allowed.contains(key)) {
                String list = String.join(", ", inOrder);
                errors.add(closest(key, inOrder).map(meant -> error(keyNode, "key.unknownMeant", key, list, meant))
                        .orElseGet(() -> error(keyNode, "key.unknown", key, list)));
            }
        });
        return this;
    }

    /** The allowed key an author most likely meant by a typo: at most two letters different. */
    static Optional<String> closest(String typed, List<String> allowed) {
        String best = null;
        int bestDistance = 3;
        for (String key : allowed) {
            int distance = distance(typed.toLowerCase(java.util.Locale.ROOT), key);
            if (distance < bestDistance) {
                best = key;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How many letters to add, remove or change to turn one word into the other. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            previous = current;
        }
        return previous[b.length()];
    }

    Set<String> keys() {
        return values.keySet();
    }

    boolean has(String key) {
        return values.containsKey(key) && !isNull(values.get(key));
    }

    int line() {
        return line(node);
    }

    int line(String key) {
        return keyNodes.containsKey(key) ? line(keyNodes.get(key)) : line(node);
    }

    /** A non-empty single value; null (with an error) when missing and required, or not a single value. */
    String text(String key, boolean required) {
        Node value = values.get(key);
        if (value == null || isNull(value) || value instanceof ScalarNode scalar && scalar.getValue().isBlank()) {
            if (required) {
                errors.add(ContentError.of(file, line(key), in, "key.missing", key));
            }
            return null;
        }
        if (!(value instanceof ScalarNode scalar)) {
            errors.add(error(value, "value.notText", key));
            return null;
        }
        return scalar.getValue().strip();
    }

    Optional<Integer> wholeNumber(String key, int min, int max) {
        String text = text(key, true);
        if (text == null) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(text);
            if (number >= min && number <= max) {
                return Optional.of(number);
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.add(error(values.get(key), "value.notWholeNumber", key, String.valueOf(min), String.valueOf(max)));
        return Optional.empty();
    }

    /** A list of single values, as written. */
    List<String> texts(String key, boolean required) {
        Node value = values.get(key);
        if (value == null || isNull(value)) {
            if (required) {
                errors.add(ContentError.of(file, line(key), in, "key.missing", key));
            }
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            errors.add(error(value, "value.notList", key));
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                texts.add(scalar.getValue().strip());
            } else {
                errors.add(error(item, "value.notText", key));
            }
        }
        return texts;
    }

    Optional<YamlFields> mapping(String key, boolean required) {
        Node value = values.get(key);
        if (value == null || isNull(value)) {
            if (required) {
                errors.add(ContentError.of(file, line(key), in, "key.missing", key));
            }
            return Optional.empty();
        }
        return of(file, value, key, errors, in);
    }

    List<Node> sequence(String key) {
        Node value = values.get(key);
        if (value == null || isNull(value)) {
            errors.add(ContentError.of(file, line(key), in, "key.missing", key));
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            errors.add(error(value, "value.notList", key));
            return List.of();
        }
        return sequence.getValue();
    }

    ContentError error(String key, String code, Object... arguments) {
        return ContentError.of(file, line(key), in, code, arguments);
    }

    private ContentError error(Node at, String code, Object... arguments) {
        return ContentError.of(file, line(at), in, code, arguments);
    }

    static int line(Node node) {
        return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().getValue().endsWith(":null")
                && (scalar.getValue().isEmpty() || scalar.getValue().equals("~") || scalar.getValue().equals("null"));
    }
}
