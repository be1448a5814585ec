package org.planindicators.validation.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.validation.FileKind;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.PlanFiles;
import org.planindicators.validation.ValidationReport;

/** The kind of a file is decided from its content, and an ambiguous one is said to be so. */
class KindDecisionTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            指标,年份,值\\n地区生产总值,2022,717.11                               | observations | false
            指标,2021年,2022年\\n地区生产总值,673.55,717.11                        | observations | true
            表1 主要经济指标\\n指标,单位,2019年,2020年\\n地区生产总值,亿元,545.81,599.3 | observations | true
            指标,单位,2025年,属性\\n地区生产总值,亿元,1000,预期性                   | table        | false
            指标,单位,2020年,2025年\\n地区生产总值,亿元,717.11,1000以上              | table        | false
            类别,指标,单位,2030年目标\\n经济,地区生产总值增长,%,5左右               | table        | false
            指标,地区,2023年\\n地区生产总值,温江区,717.11                          | observations | true
            """)
    void theContentTellsTheKind(String text, String kind, boolean wide) throws IOException {
        Path file = write("f.csv", text.replace("\\n", "\n"));
        PlanFiles.Decision d = PlanFiles.decide(file, ImportOptions.defaults());
        assertThat(d.kind()).as(d.reason()).isEqualTo(kind.equals("table") ? FileKind.TABLE : FileKind.OBSERVATIONS);
        assertThat(d.wide()).isEqualTo(wide);
    }

    @Test
    void aYearbookTableGivenToValidateIsReadAsObservationsNotAsAPlan() throws IOException {
        Path file = write("yearbook.csv", "指标,单位,2021年,2022年\n地区生产总值,亿元,673.55,717.11\n");
        ValidationReport r = PlanFiles.validate(List.of(file), ImportOptions.defaults()).get(0);
        assertThat(r.kind()).isEqualTo(FileKind.OBSERVATIONS);
        assertThat(r.observations()).isEqualTo(2);
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void oneYearColumnOfPlainNumbersIsAmbiguousAndTheOptionSettlesIt() throws IOException {
        Path file = write("one.csv", "指标,单位,2022年\n地区生产总值,亿元,717.11\n");
        PlanFiles.Decision d = PlanFiles.decide(file, ImportOptions.defaults());
        assertThat(d.ambiguous()).isTrue();
        assertThat(d.possible()).containsExactly(FileKind.TABLE, FileKind.OBSERVATIONS);
        ValidationReport r = PlanFiles.validate(List.of(file), ImportOptions.defaults()).get(0);
        assertThat(r.problems()).extracting(p -> p.code().code()).containsExactly("F008");
        assertThat(r.problems().get(0).message(Locale.ENGLISH)).contains("table or observations", "--kind");
        ValidationReport asObservations = PlanFiles.validate(List.of(file),
                ImportOptions.defaults().withKind(FileKind.OBSERVATIONS)).get(0);
        assertThat(asObservations.kind()).isEqualTo(FileKind.OBSERVATIONS);
        assertThat(asObservations.observations()).isEqualTo(1);
    }
}
