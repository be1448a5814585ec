package org.planindicators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ITypeInfo;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * {@code validate}'s model built by picocli's programmatic API ({@link ValidateCommand#model()}, what a run of
 * {@code validate} uses) is the model picocli finds by reflection over {@link ValidateCommand}'s annotations (what the
 * whole command tree uses): every attribute of every option and positional parameter that picocli's model exposes,
 * and the command's usage message. The behaviour of both on command lines is compared by {@code LeanCommandLineTest}.
 */
class ProgrammaticModelTest {
    /** Accessors that say where a value is kept or who holds the argument, not what the argument is. */
    private static final Set<String> BINDINGS = Set.of("getter", "setter", "scope", "command", "annotatedElement",
            "getValue", "stringValues", "originalStringValues", "typedValues", "rawStringValues", "group",
            "userObject", "argGroupSpec", "hashCode", "toString", "getClass");

    @Test
    void everyArgumentHasTheAttributesItsAnnotationGives() {
        CommandSpec annotated = annotated();
        CommandSpec programmatic = ValidateCommand.model();
        assertThat(names(programmatic.args())).isEqualTo(names(annotated.args()));
        for (int i = 0; i < annotated.args().size(); i++) {
            ArgSpec a = annotated.args().get(i);
            ArgSpec p = programmatic.args().get(i);
            assertThat(attributes(p)).as(a.toString()).isEqualTo(attributes(a));
        }
    }

    @Test
    void theAttributesComparedIncludeWhatAUsageErrorDependsOn() {
        Map<String, Object> files = attributes(annotated().positionalParameters().get(0));
        assertThat(files).containsKeys("required", "arity", "index", "paramLabel", "type", "auxiliaryTypes",
                "description", "converters", "defaultValue", "initialValue", "hidden");
        assertThat(files.get("required")).isEqualTo(true);
    }

    @Test
    void theCommandHasTheAttributesItsAnnotationGives() {
        CommandSpec annotated = annotated();
        CommandSpec programmatic = ValidateCommand.model();
        assertThat(programmatic.name()).isEqualTo(annotated.name());
        assertThat(programmatic.aliases()).isEqualTo(annotated.aliases());
        assertThat(programmatic.version()).isEqualTo(annotated.version());
        assertThat(programmatic.mixinStandardHelpOptions()).isEqualTo(annotated.mixinStandardHelpOptions());
        assertThat(programmatic.mixins().keySet()).isEqualTo(annotated.mixins().keySet());
        assertThat(programmatic.helpCommand()).isEqualTo(annotated.helpCommand());
        assertThat(programmatic.exitCodeOnSuccess()).isEqualTo(annotated.exitCodeOnSuccess());
        assertThat(programmatic.exitCodeOnUsageHelp()).isEqualTo(annotated.exitCodeOnUsageHelp());
        assertThat(programmatic.exitCodeOnInvalidInput()).isEqualTo(annotated.exitCodeOnInvalidInput());
        assertThat(programmatic.exitCodeOnExecutionException()).isEqualTo(annotated.exitCodeOnExecutionException());
        assertThat(attributes(programmatic.usageMessage())).isEqualTo(attributes(annotated.usageMessage()));
    }

    private static CommandSpec annotated() {
        return new CommandLine(new ValidateCommand()).getCommandSpec();
    }

    private static List<String> names(List<ArgSpec> args) {
        List<String> names = new ArrayList<>();
        for (ArgSpec arg : args) {
            names.add(arg.isOption() ? String.join(",", ((CommandLine.Model.OptionSpec) arg).names())
                    : arg.paramLabel());
        }
        return names;
    }

    /** Every public accessor of the argument's class (no parameters, a result) but the bindings, by name. */
    private static Map<String, Object> attributes(Object spec) {
        Map<String, Object> values = new TreeMap<>();
        for (Method m : spec.getClass().getMethods()) {
            if (m.getParameterCount() > 0 || m.getReturnType() == void.class || Modifier.isStatic(m.getModifiers())
                    || BINDINGS.contains(m.getName())) {
                continue;
            }
            try {
                values.put(m.getName(), comparable(m.invoke(spec)));
            } catch (ReflectiveOperationException e) {
                values.put(m.getName(), e.getCause() == null ? e.toString() : e.getCause().toString());
            }
        }
        return values;
    }

    /** A value as it can be compared: converters and the like by class, arrays and lists element by element. */
    private static Object comparable(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number
                || value instanceof Character || value instanceof Class<?> || value instanceof Enum<?>) {
            return value;
        }
        if (value instanceof CommandLine.Range range) {
            return range + (range.isUnspecified() ? " (unspecified)" : "");
        }
        if (value instanceof Object[] array) {
            return comparable(Arrays.asList(array));
        }
        if (value instanceof Iterable<?> iterable) {
            List<Object> list = new ArrayList<>();
            iterable.forEach(v -> list.add(comparable(v)));
            return list;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(comparable(k), comparable(v)));
            return copy;
        }
        if (value instanceof ITypeInfo type) {
            return "type " + type.getClassName() + " " + comparable(type.getAuxiliaryTypeInfos().stream()
                    .map(ITypeInfo::getClassName).toList()) + " multi " + type.isMultiValue();
        }
        if (value instanceof UsageMessageSpec) {
            return "usage";
        }
        if (value instanceof CommandSpec) {
            return "command";
        }
        return value.getClass().getName();
    }
}
