package org.planindicators.validation.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Observations;
import org.planindicators.validation.ValidationReport;
import org.planindicators.validation.internal.observation.KeyHasher;
import org.planindicators.validation.internal.observation.ObservationReader;

/**
 * The check-only path ({@link Observations#validate}, {@link ObservationReader#check}) makes no observation, and
 * reports exactly what reading them reports: the same problems in the same order, the same counts.
 */
class CheckOnlyTest {
    static Stream<String> corpus() throws IOException, URISyntaxException {
        Path root = Path.of(CheckOnlyTest.class.getResource("/observation").toURI());
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".jsonl"))
                    .forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
        }
        return files.stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void checkingReportsWhatReadingReports(String file) {
        byte[] bytes = BrokenCorpusTest.bytes(file);
        String name = file.substring(file.lastIndexOf('/') + 1);
        ValidationReport read = Reads.of(name, bytes, TestPlans.wenjiang2023()).report();
        ValidationReport checked = new ObservationReader(ImportOptions.defaults(), TestPlans.wenjiang2023(),
                Reads.CURRENT_YEAR, new KeyHasher(1, 2), 1 << 26).check(new ByteArrayInputStream(bytes), name);
        assertThat(checked).isEqualTo(read);
    }

    @Test
    void validateIsReadWithoutTheObservations(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("o.csv");
        Files.writeString(file, "指标,年份,数值,单位,城乡\n地区生产总值,2023,1.5,亿元,城镇\n地区生产总值,2023,1.5,亿元,城镇\n"
                + "地区生产总值,2023,x,亿元,乡村\n地区生产总值,2022,2.5,万元,\n");
        ValidationReport read = Observations.read(file, ImportOptions.defaults(), TestPlans.wenjiang2023(), o -> { });
        assertThat(Observations.validate(file, ImportOptions.defaults(), TestPlans.wenjiang2023())).isEqualTo(read);
        assertThat(read.observations()).isEqualTo(2);
        assertThat(read.problems()).extracting(p -> p.code().code()).containsExactly("O015", "O006");
    }
}
