package org.planindicators.validation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.Problem;

/**
 * The corpus of broken plan documents under {@code json/broken}: each file has one thing wrong with {@code
 * json/minimal.json}, and reading it yields no plan and exactly one problem, with its code, line, column (where the
 * value starts), pointer and field.
 */
class BrokenFixturesTest {
    private static final String IND = "/parts/0/goals/0/indicators/0";

    @Test
    void theBaseOfTheBrokenFilesReadsCleanly() {
        ImportResult<Plan> r = Fixtures.read("minimal.json");
        assertThat(r.report().problems()).as(Fixtures.describe(r)).isEmpty();
        assertThat(r.value()).isNotNull();
        assertThat(r.report().indicators()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}: {1} at {2}:{3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            syntax-missing-comma.json           | J001 | 10 | 3  | ''                                       | -
            truncated.json                      | J002 | 29 | 15 | /parts/0/goals/0/indicators/0            | indicators
            trailing-content.json               | J003 | 42 | 1  | ''                                       | -
            number-too-long.json                | J004 | 27 | 26 | /parts/0/goals/0/indicators/0/baseline/value | value
            exponent.json                       | J005 | 27 | 26 | /parts/0/goals/0/indicators/0/baseline/value | value
            nan.json                            | J006 | 27 | 26 | /parts/0/goals/0/indicators/0/baseline/value | value
            duplicate-key.json                  | J007 | 11 | 12 | /title                                   | title
            wrong-type.json                     | J008 | 12 | 15 | /baseYear                                | baseYear
            wrong-type-null.json                | J008 | 20 | 20 | /parts/0/goals/0/title                   | title
            root-not-object.json                | J008 | 1  | 1  | ''                                       | -
            missing-field.json                  | J009 | 1  | 1  | ''                                       | status
            unknown-field.json                  | J010 | 25 | 24 | /parts/0/goals/0/indicators/0/untis      | untis
            bad-code.json                       | J011 | 9  | 11 | /kind                                    | kind
            bad-structured-kind.json            | J011 | 33 | 29 | /parts/0/goals/0/indicators/0/targets/0/target/kind | kind
            bad-number.json                     | J012 | 27 | 26 | /parts/0/goals/0/indicators/0/baseline/value | value
            unknown-unit.json                   | J013 | 24 | 23 | /parts/0/goals/0/indicators/0/unit       | unit
            bad-target.json                     | J014 | 32 | 29 | /parts/0/goals/0/indicators/0/targets/0/target | target
            several-targets.json                | J014 | 32 | 29 | /parts/0/goals/0/indicators/0/targets/0/target | target
            bad-period.json                     | J015 | 11 | 13 | /period                                  | period
            bad-date.json                       | J015 | 38 | 29 | /parts/0/goals/0/indicators/0/targets/0/revisedFrom/date | date
            invalid-vision-year.json            | J016 | 13 | 17 | /visionYear                              | visionYear
            invalid-division-code.json          | J016 | 7  | 13 | /jurisdiction/code                       | code
            invalid-duplicate-target-years.json | J016 | 29 | 26 | /parts/0/goals/0/indicators/0/targets    | targets
            unsupported-version.json            | J017 | 2  | 20 | /formatVersion                           | formatVersion
            gbk.json                            | F003 | 3  | 13 | -                                        | -
            empty.json                          | F002 | -  | -  | -                                        | -
            binary.json                         | F004 | -  | -  | -                                        | -
            """)
    void eachBrokenFileGetsItsProblem(String file, String code, Integer line, Integer column, String pointer,
            String field) {
        ImportResult<Plan> r = Fixtures.read("broken/" + file);
        assertThat(r.value()).isNull();
        assertThat(r.report().hasErrors()).isTrue();
        assertThat(r.report().problems()).as(Fixtures.describe(r)).hasSize(1);
        Problem p = r.report().problems().get(0);
        assertThat(p.code().code()).isEqualTo(code);
        assertThat(p.location().line()).isEqualTo(line);
        assertThat(p.location().column()).isEqualTo(column);
        assertThat(p.location().pointer()).isEqualTo(pointer);
        assertThat(p.field()).isEqualTo(field);
        assertThat(p.location().file()).endsWith(file);
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            assertThat(p.message(l)).isNotBlank().doesNotContain("{0}", "{1}", "{2}", "{3}");
        }
    }

    @Test
    void problemsQuoteTheOffendingValue() {
        assertThat(value("bad-code.json")).isEqualTo("five-year-plan");
        assertThat(value("wrong-type.json")).isEqualTo("2020");
        assertThat(value("exponent.json")).isEqualTo("5.25E1");
        assertThat(value("unknown-unit.json")).isEqualTo("万标框");
        assertThat(value("bad-target.json")).isEqualTo("6.0%—");
        assertThat(value("invalid-vision-year.json")).isEqualTo("2025");
        assertThat(value("duplicate-key.json")).isEqualTo("又一个标题");
    }

    @Test
    void anUnreadableTargetCarriesTheParsersCodeAndMessage() {
        Problem p = Fixtures.read("broken/bad-target.json").report().problems().get(0);
        assertThat(p.arguments()).hasSize(4);
        assertThat(p.arguments().get(1)).isEqualTo("TP006");
        assertThat(p.message(Locale.ENGLISH)).contains("TP006", "no upper bound", "6.0%—");
        assertThat(p.message(Locale.SIMPLIFIED_CHINESE)).contains("TP006", "缺少上限");
        Problem several = Fixtures.read("broken/several-targets.json").report().problems().get(0);
        assertThat(several.arguments().get(1)).isEqualTo("TP013");
    }

    @Test
    void aBadCodeListsTheAllowedCodes() {
        Problem p = Fixtures.read("broken/bad-code.json").report().problems().get(0);
        assertThat(p.message(Locale.ENGLISH)).contains("five_year_plan", "development_plan", "annual_work_report",
                "special_plan");
    }

    @Test
    void aBrokenModelRuleQuotesTheModelsMessage() {
        Problem p = Fixtures.read("broken/invalid-vision-year.json").report().problems().get(0);
        assertThat(p.message(Locale.ENGLISH)).contains("visionYear must be after period.lastYear");
        assertThat(p.message(Locale.SIMPLIFIED_CHINESE)).startsWith("无效的规划");
    }

    private static String value(String file) {
        return Fixtures.read("broken/" + file).report().problems().get(0).value();
    }
}
