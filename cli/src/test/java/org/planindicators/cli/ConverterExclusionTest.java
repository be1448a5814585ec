package org.planindicators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/**
 * {@code main} tells picocli to leave out its built-in converters of {@code java.sql} and {@code java.time} types
 * ({@link PlanIndicatorsCommand#UNUSED_CONVERTERS}): no option or parameter of any command may have such a type,
 * or it would fail to convert in a real run while passing in-process tests.
 */
class ConverterExclusionTest {
    @Test
    void noArgumentOfAnyCommandHasATypeWhoseConverterIsLeftOut() {
        CommandLine whole = PlanIndicatorsCommand.commandLine(new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), new ByteArrayOutputStream());
        List<String> types = new ArrayList<>();
        collect(whole, types);
        assertThat(types).hasSizeGreaterThan(40).contains("java.nio.file.Path", "java.nio.charset.Charset");
        assertThat(types).noneMatch(t -> t.matches(PlanIndicatorsCommand.UNUSED_CONVERTERS));
    }

    @Test
    void theExclusionMatchesTheConvertersItMeans() {
        assertThat(List.of("java.sql.Time", "java.sql.Connection", "java.time.Duration", "java.time.ZoneOffset"))
                .allMatch(t -> t.matches(PlanIndicatorsCommand.UNUSED_CONVERTERS));
        assertThat(List.of("java.nio.file.Path", "java.math.BigDecimal", "java.util.Locale", "java.timeless.X"))
                .noneMatch(t -> t.matches(PlanIndicatorsCommand.UNUSED_CONVERTERS));
    }

    private static void collect(CommandLine cl, List<String> types) {
        for (ArgSpec arg : cl.getCommandSpec().args()) {
            types.add(arg.type().getName());
            for (Class<?> aux : arg.auxiliaryTypes()) {
                types.add(aux.getName());
            }
        }
        cl.getSubcommands().values().forEach(sub -> collect(sub, types));
    }
}
