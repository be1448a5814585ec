package org.planindicators.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanPart;
import org.planindicators.target.TargetExpression;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.PlanJson;
import org.planindicators.validation.internal.DeclaredLimits;
import org.planindicators.validation.internal.ModelConstraints;

/**
 * The quick pass that spares a sound plan Hibernate Validator's start: whenever it says a plan is within every
 * declared limit, Hibernate Validator (configured as {@code PlanChecks} configures it) finds no violation.
 */
class DeclaredLimitsTest {
    private static final Validator VALIDATOR = ModelConstraints.addTo(
                    Validation.byProvider(HibernateValidator.class).configure())
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private static Indicator.Builder containers() {
        return Indicator.builder("集装箱吞吐量", Unit.parse("万标箱"))
                .code("A1")
                .baseline(2020, Quantity.parse("50万标箱"))
                .target(2025, TargetExpression.parse("120万标箱"));
    }

    private static Plan plan(String title, String goalTitle, Indicator indicator) {
        return Plan.builder(title, Jurisdiction.division("青白江区", "510113"), PlanKind.FIVE_YEAR_PLAN,
                        Period.of(2021, 2025))
                .baseYear(2020)
                .visionYear(2035)
                .part(PlanPart.of(PartLevel.PART, "第一篇", List.of(Goal.of("g1", goalTitle, List.of(indicator)))))
                .build();
    }

    private static Set<ConstraintViolation<Plan>> violations(Plan plan) {
        return VALIDATOR.validate(plan);
    }

    /** Texts at and around every limit and every reading of "blank", "letter" and "digit". */
    private static final List<String> TEXTS = List.of("", " ", "\t", "\u3000", "\u00a0", "\u2003", " a ", "集",
            "A1", "A 1", "A.1_b-2", "Ⅻ", "①", "٣", "𠀀", "𠀀".repeat(16), "𠀀".repeat(17), "x".repeat(32),
            "x".repeat(33), "x".repeat(50), "x".repeat(51), "x".repeat(64), "x".repeat(65), "集".repeat(200),
            "集".repeat(201), "x".repeat(500), "x".repeat(501));

    /** Ways to put a text into an otherwise sound plan. */
    private static final List<BiFunction<String, Indicator.Builder, Plan>> PLACES = List.of(
            (s, b) -> plan(s, "努力打造陆港主枢纽", b.build()),
            (s, b) -> plan("规划", s, b.build()),
            (s, b) -> plan("规划", "目标", b.name(s).build()),
            (s, b) -> plan("规划", "目标", b.code(s).build()),
            (s, b) -> plan("规划", "目标", b.category(s).build()),
            (s, b) -> plan("规划", "目标", b.leadAgency(s).build()),
            (s, b) -> plan("规划", "目标", b.coAgency(s).build()));

    @Test
    void wheneverThePassSaysWithinTheValidatorFindsNothing() {
        int within = 0;
        int sent = 0;
        for (BiFunction<String, Indicator.Builder, Plan> place : PLACES) {
            for (String text : TEXTS) {
                Plan p;
                try {
                    p = place.apply(text, containers());
                } catch (IllegalArgumentException | NullPointerException refusedByTheModel) {
                    continue;
                }
                boolean pass = DeclaredLimits.certainlyWithin(p);
                Set<ConstraintViolation<Plan>> v = violations(p);
                if (pass) {
                    within++;
                    assertThat(v).as("text '%s'", text).isEmpty();
                } else {
                    sent++;
                }
            }
        }
        // Both sides of the law are exercised: plans the pass lets through and plans it sends to the validator.
        assertThat(within).isGreaterThan(20);
        assertThat(sent).isGreaterThan(10);
    }

    static Stream<Plan> violating() {
        return Stream.of(
                plan("规划", "目标", containers().name("集".repeat(201)).build()),
                plan("规划", "目标", containers().code("A 1").build()),
                plan("规划", "目标", containers().code("x".repeat(33)).build()),
                plan("规划", "目标", containers().category("x".repeat(51)).build()),
                plan("规划", "目标", containers().leadAgency("x".repeat(201)).build()),
                plan("规划", "目标", containers().coAgency("x".repeat(201)).build()),
                plan("规划", "目标", containers().baseline(1900, Quantity.parse("1万标箱")).build()),
                plan("x".repeat(201), "目标", containers().build()),
                plan("规划", "x".repeat(501), containers().build()));
    }

    @ParameterizedTest
    @MethodSource("violating")
    void everyDeclaredLimitSendsThePlanToTheValidator(Plan plan) {
        assertThat(violations(plan)).isNotEmpty();
        assertThat(DeclaredLimits.certainlyWithin(plan)).isFalse();
    }

    @Test
    void theSamplePlansAreWithinAndTheValidatorAgrees() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/json/good"))) {
            s.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            ImportResult<Plan> r = PlanJson.read(f, ImportOptions.defaults());
            Plan p = r.model().orElseThrow();
            assertThat(DeclaredLimits.certainlyWithin(p)).as(f.toString()).isTrue();
            assertThat(violations(p)).as(f.toString()).isEmpty();
        }
    }

    /**
     * The quick test of indicator codes, without the regular expression: every code it passes, the pattern of
     * {@code ModelConstraints} matches; and on ASCII text it says exactly what the pattern says.
     */
    @Test
    void plainCodesAreCodesThePatternMatches() {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(
                org.planindicators.validation.internal.ModelConstraints.INDICATOR_CODE);
        java.util.SplittableRandom random = new java.util.SplittableRandom(16);
        String alphabet = "Az09._-/ ~\t\u00e9\u4e00\uff10\ud835\udc00";
        int plain = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder code = new StringBuilder();
            int length = random.nextInt(36);
            for (int k = 0; k < length; k++) {
                code.append(i % 2 == 0 ? (char) random.nextInt(0x20, 0x7f) : alphabet.charAt(random.nextInt(
                        alphabet.length())));
            }
            String c = code.toString();
            boolean matches = pattern.matcher(c).matches();
            if (DeclaredLimits.plainCode(c)) {
                plain++;
                assertThat(matches).as(c).isTrue();
            } else if (c.chars().allMatch(ch -> ch < 0x80)) {
                assertThat(matches).as(c).isFalse();
            }
        }
        assertThat(plain).isGreaterThan(300);
        assertThat(DeclaredLimits.plainCode("C0001")).isTrue();
        assertThat(DeclaredLimits.plainCode("a".repeat(32))).isTrue();
        assertThat(DeclaredLimits.plainCode("a".repeat(33))).isFalse();
        assertThat(DeclaredLimits.plainCode("")).isFalse();
        assertThat(DeclaredLimits.plainCode("指标1")).isFalse();
    }
}
