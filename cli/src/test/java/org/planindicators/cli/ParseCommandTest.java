package org.planindicators.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.planindicators.cli.TargetJsonTest.str;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * {@code plan-indicators parse}, run in-process: the JSON printed for each kind of target, standard input, the
 * language of messages, exit codes and the encoding of the output.
 */
class ParseCommandTest {
    private Locale savedLocale = Locale.getDefault();

    @BeforeEach
    void englishByDefault() {
        savedLocale = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(savedLocale);
    }

    @Nested
    class Targets {
        @Test
        void range() {
            CliRun run = CliRun.run("parse", "6.0%—7.0%");
            assertThat(run.exitCode()).isZero();
            JsonNode line = run.single();
            assertThat(str(line, "input")).isEqualTo("6.0%—7.0%");
            assertThat(line.get("error").isNull()).isTrue();
            JsonNode t = onlyTarget(line);
            assertThat(str(t, "kind")).isEqualTo("range");
            assertThat(str(t, "value")).isEqualTo("6.0");
            assertThat(str(t, "high")).isEqualTo("7.0");
            assertThat(str(t, "unit")).isEqualTo("%");
            assertThat(str(t, "accumulation")).isNull();
            assertThat(str(t, "notation")).isEqualTo("6.0%—7.0%");
        }

        @Test
        void atMost() {
            JsonNode t = onlyTarget(CliRun.run("parse", "5.5%以内").single());
            assertThat(str(t, "kind")).isEqualTo("at_most");
            assertThat(str(t, "value")).isEqualTo("5.5");
            assertThat(str(t, "high")).isNull();
            assertThat(str(t, "unit")).isEqualTo("%");
            assertThat(str(t, "accumulation")).isNull();
        }

        @Test
        void cumulativeBareNumber() {
            JsonNode t = onlyTarget(CliRun.run("parse", "[13.5]").single());
            assertThat(str(t, "value")).isEqualTo("13.5");
            assertThat(str(t, "unit")).isNull();
            assertThat(str(t, "accumulation")).isEqualTo("cumulative");
            assertThat(str(t, "notation")).isEqualTo("[13.5]");
        }

        @Test
        void annualAverageAtLeast() {
            JsonNode t = onlyTarget(CliRun.run("parse", "年均增长不低于10%").single());
            assertThat(str(t, "kind")).isEqualTo("at_least");
            assertThat(str(t, "value")).isEqualTo("10");
            assertThat(str(t, "unit")).isEqualTo("%");
            assertThat(str(t, "accumulation")).isEqualTo("annual_average");
        }

        @Test
        void twoTargetsInOnePhrase() {
            CliRun run = CliRun.run("parse", "分别增长4.4%、5.4%");
            assertThat(run.exitCode()).isZero();
            JsonNode targets = run.single().get("targets");
            assertThat(targets.size()).isEqualTo(2);
            assertThat(str(targets.get(0), "kind")).isEqualTo("change");
            assertThat(str(targets.get(0), "value")).isEqualTo("4.4");
            assertThat(str(targets.get(0), "unit")).isEqualTo("%");
            assertThat(str(targets.get(1), "kind")).isEqualTo("change");
            assertThat(str(targets.get(1), "value")).isEqualTo("5.4");
            assertThat(str(targets.get(1), "unit")).isEqualTo("%");
        }

        @Test
        void qualitative() {
            CliRun run = CliRun.run("parse", "保持在合理区间");
            assertThat(run.exitCode()).isZero();
            JsonNode t = onlyTarget(run.single());
            assertThat(str(t, "kind")).isEqualTo("qualitative");
            assertThat(str(t, "value")).isNull();
            assertThat(str(t, "high")).isNull();
            assertThat(str(t, "unit")).isNull();
            assertThat(str(t, "accumulation")).isNull();
            assertThat(str(t, "notation")).isEqualTo("保持在合理区间");
        }

        @Test
        void incompleteRangeIsAnError() {
            CliRun run = CliRun.run("parse", "6.0%—");
            assertThat(run.exitCode()).isEqualTo(1);
            JsonNode line = run.single();
            assertThat(str(line, "input")).isEqualTo("6.0%—");
            assertThat(line.get("targets").isArray()).isTrue();
            assertThat(line.get("targets").size()).isZero();
            JsonNode error = line.get("error");
            assertThat(error.propertyNames()).containsExactly("code", "message", "column");
            assertThat(str(error, "code")).isEqualTo("TP006");
            int column = error.get("column").intValue();
            assertThat(column).isBetween(1, "6.0%—".length() + 1);
            assertThat(str(error, "message")).startsWith("TP006: ").contains("no upper bound")
                    .contains("column " + column);
            assertThat(run.err()).isEmpty();
        }

        @Test
        void tooLongAnInputIsAnError() {
            CliRun run = CliRun.run("parse", "1".repeat(5000));
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(str(run.single().get("error"), "code")).isEqualTo("TP002");
        }

        private static JsonNode onlyTarget(JsonNode line) {
            assertThat(line.get("error").isNull()).as("error of %s", line).isTrue();
            assertThat(line.get("targets").size()).as("targets of %s", line).isEqualTo(1);
            return line.get("targets").get(0);
        }
    }

    @Nested
    class Inputs {
        @Test
        void oneLinePerArgumentInOrder() {
            CliRun run = CliRun.run("parse", "6.0%—7.0%", "保持在合理区间", "5.5%以内");
            assertThat(run.exitCode()).isZero();
            assertThat(run.json()).extracting(n -> str(n, "input"))
                    .containsExactly("6.0%—7.0%", "保持在合理区间", "5.5%以内");
        }

        @Test
        void standardInputThreeLines() {
            CliRun run = CliRun.runWithStdin("6.0%—7.0%\n5.5%以内\n[13.5]\n", "parse");
            assertThat(run.exitCode()).isZero();
            List<JsonNode> lines = run.json();
            assertThat(lines).extracting(n -> str(n, "input")).containsExactly("6.0%—7.0%", "5.5%以内", "[13.5]");
            assertThat(lines).extracting(n -> str(n.get("targets").get(0), "kind"))
                    .containsExactly("range", "at_most", "exact");
            assertThat(run.err()).isEmpty();
        }

        @Test
        void standardInputWithoutFinalNewlineAndWithCrLf() {
            assertThat(CliRun.runWithStdin("保持在合理区间\r\n5.5%以内", "parse").json())
                    .extracting(n -> str(n, "input")).containsExactly("保持在合理区间", "5.5%以内");
        }

        @Test
        void anEmptyLineIsAnInputWithAnError() {
            CliRun run = CliRun.runWithStdin("保持在合理区间\n\n5.5%以内\n", "parse");
            assertThat(run.exitCode()).isEqualTo(1);
            List<JsonNode> lines = run.json();
            assertThat(lines).hasSize(3);
            assertThat(str(lines.get(1), "input")).isEmpty();
            assertThat(lines.get(1).get("targets").size()).isZero();
            assertThat(lines.get(1).get("error").isObject()).isTrue();
            assertThat(lines.get(0).get("error").isNull()).isTrue();
            assertThat(lines.get(2).get("error").isNull()).isTrue();
        }

        @Test
        void theEmptyLineIsTp001() {
            JsonNode line = CliRun.runWithStdin("\n", "parse").single();
            assertThat(str(line.get("error"), "code")).isEqualTo("TP001");
        }

        @Test
        void emptyStandardInputPrintsNothing() {
            CliRun run = CliRun.runWithStdin("", "parse");
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).isEmpty();
        }

        @Test
        void aByteOrderMarkIsNotPartOfTheFirstInput() {
            assertThat(str(CliRun.runWithStdin("\uFEFF保持在合理区间\n", "parse").single(), "input"))
                    .isEqualTo("保持在合理区间");
        }

        @Test
        void standardInputIsReadAsUtf8() {
            byte[] gbkLike = {(byte) 0xB1, (byte) 0xA3, (byte) 0xB3, (byte) 0xD6, '\n'};
            CliRun run = CliRun.runWithStdin(gbkLike, "parse");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo("plan-indicators parse: standard input is not valid UTF-8 (line 1, column 1)\n");
        }

        @Test
        void aReadFailureIsOneLineOnStandardError() {
            InputStream broken = new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("disk on fire");
                }
            };
            CliRun run = CliRun.runWithStdin(broken, "parse");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("plan-indicators parse: cannot read standard input: "
                    + "disk on fire\n");
        }

        @Test
        void aWriteFailureIsOneLineOnStandardError() {
            OutputStream closed = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("Broken pipe");
                }
            };
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = PlanIndicatorsCommand.run(new ByteArrayInputStream(new byte[0]), closed, err,
                    "parse", "6.0%—7.0%", "5.5%以内");
            assertThat(code).isEqualTo(1);
            assertThat(err.toString(UTF_8)).isEqualTo("plan-indicators parse: cannot write to standard output\n");
        }

        @Test
        void argumentsStartingWithADashFollowDoubleDash() {
            CliRun run = CliRun.run("parse", "--", "--lang");
            assertThat(str(run.single(), "input")).isEqualTo("--lang");
        }
    }

    @Nested
    class Language {
        @Test
        void langZhGivesChineseMessages() {
            JsonNode error = CliRun.run("parse", "--lang", "zh", "6.0%—").single().get("error");
            assertThat(str(error, "message")).startsWith("TP006: ").contains("区间", "缺少上限", "第 ");
        }

        @Test
        void langEnGivesEnglishMessages() {
            Locale.setDefault(Locale.CHINA);
            JsonNode error = CliRun.run("parse", "--lang=en", "6.0%—").single().get("error");
            assertThat(str(error, "message")).contains("no upper bound");
        }

        @Test
        void theDefaultFollowsTheJvmLocale() {
            Locale.setDefault(Locale.TAIWAN);
            assertThat(str(CliRun.run("parse", "6.0%—").single().get("error"), "message")).contains("缺少上限");
            Locale.setDefault(Locale.GERMANY);
            assertThat(str(CliRun.run("parse", "6.0%—").single().get("error"), "message")).contains("no upper bound");
        }

        @Test
        void localeTagsAndCaseAreAccepted() {
            assertThat(str(CliRun.run("parse", "--lang", "zh-CN", "6.0%—").single().get("error"), "message"))
                    .contains("缺少上限");
            assertThat(str(CliRun.run("parse", "--lang", "EN_us", "6.0%—").single().get("error"), "message"))
                    .contains("no upper bound");
        }
    }

    @Nested
    class ExitCodes {
        @Test
        void zeroWhenEveryInputIsRead() {
            assertThat(CliRun.run("parse", "6.0%—7.0%", "保持在合理区间").exitCode()).isZero();
        }

        @Test
        void oneWhenAnyInputHasAnError() {
            CliRun run = CliRun.run("parse", "6.0%—7.0%", "6.0%—", "保持在合理区间");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.json()).hasSize(3);
        }

        @Test
        void twoOnUsageErrors() {
            for (String[] args : List.of(
                    new String[] {"parse", "--no-such-option", "x"},
                    new String[] {"parse", "--lang", "fr", "x"},
                    new String[] {"parse", "--lang"},
                    new String[] {"no-such-command"},
                    new String[] {})) {
                CliRun run = CliRun.run(args);
                assertThat(run.exitCode()).as("exit code of %s", List.of(args)).isEqualTo(2);
                assertThat(run.out()).isEmpty();
                // Picocli prints the usage, or suggests a sub-command with a similar name ("Did you mean …").
                assertThat(run.err()).containsAnyOf("Usage: plan-indicators", "Did you mean: plan-indicators")
                        .doesNotContain("\tat ", "Exception");
            }
        }

        @Test
        void helpAndVersionAreZero() {
            CliRun help = CliRun.run("parse", "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).contains("Usage: plan-indicators parse", "--lang");
            CliRun version = CliRun.run("--version");
            assertThat(version.exitCode()).isZero();
            assertThat(version.out()).isEqualTo("0.1.0-SNAPSHOT\n");
        }
    }

    @Nested
    class Encoding {
        @Test
        void outputIsUtf8WithChineseUnescaped() {
            CliRun run = CliRun.run("parse", "保持在合理区间", "5.5%以内");
            String out = run.out(); // fails unless the bytes are valid UTF-8
            assertThat(out).doesNotContain("\\u").contains("\"input\":\"保持在合理区间\"");
            assertThat(new String(run.stdout(), UTF_8).getBytes(UTF_8)).isEqualTo(run.stdout());
            assertThat(indexOf(run.stdout(), "合理区间".getBytes(UTF_8))).isPositive();
        }

        @Test
        void oneCompactObjectPerLineEvenForAnInputWithLineBreaks() {
            CliRun run = CliRun.run("parse", "保持在\n合理区间");
            assertThat(run.out()).hasLineCount(1).endsWith("}\n").doesNotContain("\r");
            assertThat(str(run.single(), "input")).isEqualTo("保持在\n合理区间");
        }

        private static int indexOf(byte[] haystack, byte[] needle) {
            outer:
            for (int i = 0; i <= haystack.length - needle.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (haystack[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }

    @Nested
    class Embedding {
        @Test
        void runsWithAPlainCommandLineAndInjectedStandardInput() {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            InputStream stdin = new ByteArrayInputStream("保持在合理区间\n".getBytes(UTF_8));
            int code = new CommandLine(new PlanIndicatorsCommand(stdin))
                    .setOut(new PrintWriter(out))
                    .setErr(new PrintWriter(err))
                    .execute("parse");
            assertThat(code).isZero();
            assertThat(out.toString()).hasLineCount(1);
            JsonNode line = TargetJson.MAPPER.readTree(out.toString());
            assertThat(str(line, "input")).isEqualTo("保持在合理区间");
            assertThat(err.toString()).isEmpty();
        }
    }
}
