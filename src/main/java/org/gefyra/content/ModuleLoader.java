package org.gefyra.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads every module under {@code <content>/modules}, as the content format specifies. A bad
 * module never stops the others: it is rejected with its errors, and so is a bad language of an
 * otherwise good module. Nothing here throws for bad content.
 */
public final class ModuleLoader {

    private static final Pattern TEXT_FILE = Pattern.compile("text\\.(.*)\\.yaml");
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private final Path contentDir;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    public ModuleLoader(Path contentDir) {
        this.contentDir = contentDir.toAbsolutePath().normalize();
    }

    public ContentSnapshot load() {
        Map<String, LearningModule> modules = new TreeMap<>();
        List<Rejection> rejected = new ArrayList<>();
        Path modulesDir = contentDir.resolve("modules");
        if (!Files.isDirectory(modulesDir)) {
            rejected.add(new Rejection("modules", null, null,
                    List.of(ContentError.of(modulesDir.toString(), 0, "content.noModulesFolder"))));
            return new ContentSnapshot(Map.of(), rejected, Instant.now());
        }
        for (Path moduleDir : folders(modulesDir)) {
            loadModule(moduleDir, "modules/" + moduleDir.getFileName(), rejected)
                    .ifPresent(module -> modules.put(module.id(), module));
        }
        return new ContentSnapshot(Map.copyOf(modules), List.copyOf(rejected), Instant.now());
    }

    /** Loads one module folder on its own, the way {@link #load()} loads each: for checking a module being written. */
    public static ContentSnapshot loadOne(Path moduleDir) {
        Path dir = moduleDir.toAbsolutePath().normalize();
        List<Rejection> rejected = new ArrayList<>();
        Map<String, LearningModule> modules = new TreeMap<>();
        new ModuleLoader(dir.getParent() == null ? dir : dir.getParent())
                .loadModule(dir, dir.getFileName().toString(), rejected)
                .ifPresent(module -> modules.put(module.id(), module));
        return new ContentSnapshot(Map.copyOf(modules), List.copyOf(rejected), Instant.now());
    }

    private Optional<LearningModule> loadModule(Path moduleDir, String where, List<Rejection> rejected) {
        String folder = moduleDir.getFileName().toString();
        List<ContentError> errors = new ArrayList<>();
        if (!ModuleFileReader.ID.matcher(folder).matches()) {
            errors.add(ContentError.of(where, 0, "id.bad", folder));
        }
        Path moduleFile = moduleDir.resolve("module.yaml");
        if (!InsideFolder.contains(moduleDir.getParent(), moduleDir)) {
            errors.add(ContentError.of(where, 0, "file.outside", folder));
            rejected.add(new Rejection(where, folder, null, errors));
            return Optional.empty();
        }
        if (!Files.isRegularFile(moduleFile)) {
            errors.add(ContentError.of(where, 0, "module.notFound"));
            rejected.add(new Rejection(where, folder, null, errors));
            return Optional.empty();
        }
        if (!InsideFolder.contains(moduleDir, moduleFile)) {
            errors.add(ContentError.of(where, 0, "file.outside", "module.yaml"));
            rejected.add(new Rejection(where, folder, null, errors));
            return Optional.empty();
        }
        Optional<ModuleFileReader.Structure> structure =
                new ModuleFileReader(moduleDir, where + "/module.yaml", errors).read(moduleFile);
        if (!errors.isEmpty()) {
            rejected.add(new Rejection(where, folder, null, errors));
        }
        // The text files are checked even when module.yaml is refused, so that an author sees every mistake at once.
        Map<String, ModuleText> texts = structure.map(s -> texts(moduleDir, where, folder, s, rejected)).orElse(Map.of());
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        if (texts.isEmpty()) {
            rejected.add(new Rejection(where, folder, null, List.of(ContentError.of(where, 0, "module.noLanguage"))));
            return Optional.empty();
        }
        ModuleFileReader.Structure s = structure.orElseThrow();
        return Optional.of(new LearningModule(s.id(), s.version(), s.audience(), s.digcomp(), s.level(),
                s.minutes(), s.cover(), s.steps(), Map.copyOf(texts), s.images(), s.draft()));
    }

    private Map<String, ModuleText> texts(Path moduleDir, String where, String folder,
            ModuleFileReader.Structure structure, List<Rejection> rejected) {
        Map<String, ModuleText> texts = new TreeMap<>();
        for (Path file : files(moduleDir)) {
            String name = file.getFileName().toString();
            if (!name.startsWith("text.")) {
                continue;
            }
            String path = where + "/" + name;
            Matcher matcher = TEXT_FILE.matcher(name);
            String language = matcher.matches() ? matcher.group(1) : name;
            List<ContentError> textErrors = new ArrayList<>();
            if (!matcher.matches()) {
                textErrors.add(ContentError.of(path, 0, "text.fileName"));
            } else if (!ISO_639_1.contains(language)) {
                textErrors.add(ContentError.of(path, 0, "text.languageBad", language));
            } else if (!InsideFolder.contains(moduleDir, file)) {
                textErrors.add(ContentError.of(path, 0, "file.outside", name));
            } else {
                new TextFileReader(path, language, textErrors, markdown).read(file, structure)
                        .ifPresent(text -> texts.put(language, text));
            }
            if (!textErrors.isEmpty()) {
                rejected.add(new Rejection(path, folder, language, textErrors));
            }
        }
        return texts;
    }

    private static List<Path> folders(Path dir) {
        return list(dir).stream().filter(Files::isDirectory).toList();
    }

    private static List<Path> files(Path dir) {
        return list(dir).stream().filter(Files::isRegularFile).toList();
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException unreadable) {
            return List.of();
        }
    }
}
