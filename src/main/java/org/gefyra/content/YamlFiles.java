package org.gefyra.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads a content file as a YAML node tree that keeps line numbers, reporting what stops it. */
final class YamlFiles {

    static final long MAX_BYTES = 512 * 1024;
    /** Far more than the content format needs, which is five levels. */
    static final int MAX_DEPTH = 50;

    private YamlFiles() {
    }

    static Optional<Node> read(Path path, String name, List<ContentError> errors) {
        String text;
        try {
            if (Files.size(path) > MAX_BYTES) {
                errors.add(ContentError.of(name, 0, "file.tooLarge", String.valueOf(MAX_BYTES / 1024)));
                return Optional.empty();
            }
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException notUtf8) {
            errors.add(ContentError.of(name, 0, "file.notUtf8"));
            return Optional.empty();
        } catch (IOException unreadable) {
            errors.add(ContentError.of(name, 0, "file.unreadable", String.valueOf(unreadable.getMessage())));
            return Optional.empty();
        }
        LoadSettings settings = LoadSettings.builder().setLabel(name).setMaxAliasesForCollections(20)
                .setAllowRecursiveKeys(false).build();
        try {
            Optional<Event> tooDeep = firstTooDeep(settings, text);
            if (tooDeep.isPresent()) {
                errors.add(ContentError.of(name, tooDeep.get().getStartMark().map(m -> m.getLine() + 1).orElse(0),
                        "yaml.tooDeep", String.valueOf(MAX_DEPTH)));
                return Optional.empty();
            }
            Optional<Node> node = new Compose(settings).composeString(text);
            if (node.isEmpty()) {
                errors.add(ContentError.of(name, 0, "file.empty"));
            }
            return node;
        } catch (MarkedYamlEngineException invalid) {
            int line = invalid.getProblemMark().or(invalid::getContextMark).map(m -> m.getLine() + 1).orElse(0);
            errors.add(invalid(name, line, String.valueOf(invalid.getProblem())));
        } catch (YamlEngineException invalid) {
            errors.add(ContentError.of(name, 0, "yaml.invalid", String.valueOf(invalid.getMessage())));
        }
        return Optional.empty();
    }

    /** The YAML parser's problem in an author's words, where it is a common one. */
    static ContentError invalid(String name, int line, String problem) {
        String code;
        if (problem.contains("mapping values are not allowed")) {
            code = "yaml.colon";
        } else if (problem.contains("\\t") || problem.contains("\t") || problem.contains("(TAB)")) {
            code = "yaml.tab";
        } else if (problem.contains("could not find expected ':'")) {
            code = "yaml.noColon";
        } else if (problem.contains("found unexpected end of stream") || problem.contains("found unknown escape")) {
            code = "yaml.quote";
        } else if (problem.contains("expected ',' or ']'") || problem.contains("expected ',' or '}'")) {
            code = "yaml.bracket";
        } else if (problem.contains("did not find expected key") || problem.contains("expected <block end>")
                || problem.contains("did not find expected '-' indicator")) {
            code = "yaml.indentation";
        } else if (problem.contains("that cannot start any token") || problem.contains("undefined alias")) {
            code = "yaml.specialStart";
        } else {
            return ContentError.of(name, line, "yaml.invalid", problem);
        }
        return ContentError.of(name, line, code);
    }

    /**
     * The first group or list nested more than {@link #MAX_DEPTH} deep, found without recursion:
     * building the tree of thousands of nested groups would overflow the stack.
     */
    private static Optional<Event> firstTooDeep(LoadSettings settings, String text) {
        int depth = 0;
        for (Event event : new Parse(settings).parseString(text)) {
            if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
                return Optional.of(event);
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            }
        }
        return Optional.empty();
    }
}
