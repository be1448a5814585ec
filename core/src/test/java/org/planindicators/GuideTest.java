package org.planindicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planindicators.calc.Apportionment;
import org.planindicators.calc.DecimalMath;
import org.planindicators.calc.Growth;
import org.planindicators.calc.Ratios;
import org.planindicators.evaluation.EvaluationMethod;
import org.planindicators.evaluation.EvaluationStatus;
import org.planindicators.evaluation.FigureKind;
import org.planindicators.evaluation.PathShape;
import org.planindicators.evaluation.SdgProgress;
import org.planindicators.plan.IndicatorAttribute;
import org.planindicators.plan.JurisdictionLevel;
import org.planindicators.plan.ObservationStatus;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanStatus;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Direction;
import org.planindicators.target.Measure;
import org.planindicators.target.TargetExpression;
import org.planindicators.target.TargetKind;
import org.planindicators.target.TargetParseErrorCode;
import org.planindicators.unit.Magnitude;
import org.planindicators.unit.UnitFamily;
import org.planindicators.unit.UnitRegistry;

/**
 * The guide in {@code docs/} stays complete and true as the code changes: every target kind, parse error, unit,
 * calculator, status and figure the code has is on its page; the canonical notations it shows read back to
 * themselves; its links resolve; and neither the guide nor the project's other documents and sources point to
 * files outside the repository.
 */
class GuideTest {
    private static final Path ROOT = Path.of("..");
    private static final Path DOCS = ROOT.resolve("docs");

    private static String page(String name) throws IOException {
        return Files.readString(DOCS.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void notationPageNamesEveryKindAccumulationAndParseError() throws IOException {
        String page = page("notation.md");
        for (TargetKind k : TargetKind.values()) {
            assertThat(page).as("target kind %s", k).contains("`" + k.code() + "`");
        }
        for (TargetParseErrorCode c : TargetParseErrorCode.values()) {
            assertThat(page).as("parse error %s", c).contains("| " + c.code() + " | `" + c.name() + "` |");
        }
        for (Accumulation a : Accumulation.values()) {
            assertThat(page("concepts.md")).as("accumulation %s", a).contains("`" + a.code() + "`");
        }
    }

    /** The canonical notations in the notation page's table of kinds are what those targets print. */
    @ParameterizedTest
    @MethodSource("canonicalNotations")
    void canonicalNotationsReadBackToThemselves(String notation) {
        assertThat(TargetExpression.parse(notation)).hasToString(notation);
    }

    static Stream<String> canonicalNotations() throws IOException {
        String page = page("notation.md");
        String table = page.substring(page.indexOf("## The eleven kinds"), page.indexOf("In the canonical notation"));
        List<String> out = new ArrayList<>();
        for (String line : table.split("\n")) {
            if (!line.startsWith("| ") || line.startsWith("| kind") || line.startsWith("|---")) {
                continue;
            }
            String[] cells = line.split("\\|");
            Matcher m = Pattern.compile("`([^`]+)`").matcher(cells[cells.length - 1]);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        assertThat(out).hasSizeGreaterThan(15);
        return out.stream();
    }

    @Test
    void unitsPageListsEveryUnitAndMagnitudeOfTheStandardRegistry() throws IOException {
        String page = page("units.md");
        for (String symbol : UnitRegistry.standard().symbols()) {
            assertThat(page).as("unit %s", symbol).contains("`" + symbol + "`");
        }
        for (Magnitude m : Magnitude.values()) {
            if (m != Magnitude.ONE) {
                assertThat(page).as("magnitude %s", m).contains(m.prefix() + " = 10");
            }
        }
        for (UnitFamily f : UnitFamily.values()) {
            if (f != UnitFamily.NONE) {
                assertThat(page).as("family %s", f).contains(f.englishName());
            }
        }
    }

    @Test
    void formulasPageNamesEveryPublicCalculator() throws IOException {
        String page = page("formulas.md");
        for (Class<?> type : List.of(Growth.class, Ratios.class, Apportionment.class, DecimalMath.class)) {
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())) {
                    assertThat(page).as("%s.%s", type.getSimpleName(), method.getName())
                            .contains("`" + method.getName() + "(");
                }
            }
        }
        assertThat(page).contains("`DecimalMath.GUARD_DIGITS` = " + DecimalMath.GUARD_DIGITS)
                .contains("`DecimalMath.EXACT_POWER_DIGITS` = 10 000");
        assertThat(DecimalMath.EXACT_POWER_DIGITS).isEqualTo(10_000);
    }

    @Test
    void evaluationPageNamesEveryStatusFigureMethodAndRating() throws IOException {
        String page = page("evaluation.md");
        for (EvaluationStatus s : EvaluationStatus.values()) {
            assertThat(page).as("status %s", s).contains("| `" + s.code() + "` | " + s.chineseName() + " |");
        }
        for (FigureKind k : FigureKind.values()) {
            assertThat(page).as("figure %s", k).contains("| `" + k.code() + "` | " + k.chineseName() + " |");
        }
        for (SdgProgress p : SdgProgress.values()) {
            assertThat(page).as("rating %s", p).contains("`" + p.code() + "` | " + p.chineseName() + " |");
        }
        for (EvaluationMethod m : EvaluationMethod.values()) {
            assertThat(page).as("method %s", m).contains("`" + m.code() + "`");
        }
        for (PathShape s : PathShape.values()) {
            assertThat(page).as("path shape %s", s).contains("`" + s.name() + "`");
        }
    }

    @Test
    void conceptsPageNamesEveryCodeOfTheModel() throws IOException {
        String page = page("concepts.md");
        for (IndicatorAttribute a : IndicatorAttribute.values()) {
            assertThat(page).contains("| `" + a.code() + "` | " + a.chineseName() + " |");
        }
        for (PlanKind k : PlanKind.values()) {
            assertThat(page).contains("| `" + k.code() + "` | " + k.chineseName());
        }
        for (ObservationStatus s : ObservationStatus.values()) {
            assertThat(page).contains("| `" + s.code() + "` | " + s.chineseName() + " |");
        }
        for (PlanStatus s : PlanStatus.values()) {
            assertThat(page).contains("`" + s.code() + "` " + s.chineseName());
        }
        for (JurisdictionLevel l : JurisdictionLevel.values()) {
            assertThat(page).contains("| `" + l.code() + "` |");
        }
        for (Direction d : Direction.values()) {
            assertThat(page).contains("| `" + d.code() + "` |");
        }
        for (Measure m : Measure.values()) {
            assertThat(page).contains("| `" + m.code() + "` |");
        }
    }

    /** Every relative link of the guide, and of the README to it, names a file that exists and an anchor it has. */
    @ParameterizedTest
    @MethodSource("guidePages")
    void linksResolve(Path page) throws IOException {
        String text = Files.readString(page, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\\]\\(([^)#\\s]*)(#[^)\\s]*)?\\)").matcher(text);
        while (m.find()) {
            String file = m.group(1);
            if (file.startsWith("http")) {
                continue;
            }
            Path target = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
            assertThat(target).as("link %s in %s", m.group(), page).exists();
            if (m.group(2) != null) {
                assertThat(anchors(Files.readString(target, StandardCharsets.UTF_8)))
                        .as("anchor %s in %s", m.group(), page).contains(m.group(2).substring(1));
            }
        }
    }

    static Stream<Path> guidePages() throws IOException {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(DOCS)) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        pages.add(ROOT.resolve("README.md"));
        assertThat(pages).hasSizeGreaterThanOrEqualTo(6);
        return pages.stream();
    }

    /** The anchors GitHub makes of a page's headings: lower case, punctuation dropped, spaces as hyphens. */
    private static Set<String> anchors(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("#")) {
                String heading = line.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT);
                out.add(heading.replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-'));
            }
        }
        return out;
    }

    /**
     * The README, the guide, the format descriptions and the javadoc of every module's main code cite documents of
     * the project, never files a user of the artifacts does not have.
     */
    @ParameterizedTest
    @MethodSource("publishedTexts")
    void citesNothingOutsideTheRepository(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher m = OUTSIDE.matcher(text);
        assertThat(m.find() ? m.group() + " at character " + m.start() : "").as("%s", file).isEmpty();
    }

    private static final Pattern OUTSIDE = Pattern.compile(
            "DOMAIN\\.md|\\.\\./shared|shared/(?:data|seeds)|[Ss]eeds? \\d{3}\\b|seeds/");

    static Stream<Path> publishedTexts() throws IOException {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("BENCHMARKS.md"),
                ROOT.resolve("examples/DATA.md")));
        for (String dir : List.of("docs", "validation")) {
            try (Stream<Path> s = Files.list(ROOT.resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.sorted().toList()) {
                Path main = module.resolve("src/main/java");
                if (Files.isDirectory(main)) {
                    try (Stream<Path> s = Files.walk(main)) {
                        s.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
                    }
                }
            }
        }
        assertThat(files).hasSizeGreaterThan(100);
        return files.stream();
    }
}
