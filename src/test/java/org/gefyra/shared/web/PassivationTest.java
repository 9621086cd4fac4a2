package org.gefyra.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A session may be written to disk or copied to another server and read back: every view-scoped
 * and session-scoped bean, with everything it holds, must come back whole, its injected services
 * included (normal-scoped beans are injected as serialisable proxies; a {@code transient} one
 * would come back null).
 */
class PassivationTest {

    @Test
    void theBeansThatLiveInTheSessionAreFound() {
        List<String> names = passivatingBeans().map(Class::getSimpleName).toList();
        assertTrue(names.containsAll(List.of("AccountsView", "AccountEditView", "OrganisationsView",
                "OrganisationEditView", "SitesView", "SiteEditView", "VideoCallView", "EmailInboxView")), names.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passivatingBeans")
    void aBeanInTheSessionIsSerialisableAndKeepsItsServices(Class<?> bean) {
        assertTrue(Serializable.class.isAssignableFrom(bean), bean.getSimpleName() + " is not Serializable");
        for (Field field : Passivation.fields(bean)) {
            assertFalse(Modifier.isTransient(field.getModifiers()),
                    bean.getSimpleName() + "." + field.getName() + " is transient: it would come back empty");
            if (field.isAnnotationPresent(Inject.class)) {
                assertTrue(Passivation.isNormalScoped(field.getType()) || Serializable.class.isAssignableFrom(field.getType())
                        || field.getType().isPrimitive(), bean.getSimpleName() + "." + field.getName()
                        + " injects a dependent bean that cannot be serialised");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passivatingBeans")
    void everythingABeanHoldsComesBackAfterPassivation(Class<?> bean) throws ReflectiveOperationException {
        Object original = bean.getDeclaredConstructor().newInstance();
        ExampleState.fill(original);
        Object restored = Passivation.passivateAndRestore(original);
        Passivation.assertSameState(original, restored);
    }

    static Stream<Class<?>> passivatingBeans() {
        Path classes = classesDirectory();
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .sorted()
                    .map(PassivationTest::load)
                    .filter(c -> c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class))
                    .toList().stream();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Path classesDirectory() {
        try {
            return Path.of(Build.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PassivationTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError unloadable) {
            throw new AssertionError("Cannot load " + name, unloadable);
        }
    }
}
