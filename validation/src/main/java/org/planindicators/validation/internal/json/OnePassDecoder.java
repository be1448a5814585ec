package org.planindicators.validation.internal.json;

import static org.planindicators.validation.internal.json.TokenValues.code;
import static org.planindicators.validation.internal.json.TokenValues.formatted;
import static org.planindicators.validation.internal.json.TokenValues.integer;
import static org.planindicators.validation.internal.json.TokenValues.list;
import static org.planindicators.validation.internal.json.TokenValues.object;
import static org.planindicators.validation.internal.json.TokenValues.once;
import static org.planindicators.validation.internal.json.TokenValues.string;
import static org.planindicators.validation.internal.json.TokenValues.strings;
import static org.planindicators.validation.internal.json.TokenValues.year;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.planindicators.calc.Apportionment;
import org.planindicators.plan.Aggregation;
import org.planindicators.plan.Baseline;
import org.planindicators.plan.DivisionCode;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.IndicatorAttribute;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.JurisdictionLevel;
import org.planindicators.plan.PartLevel;
import org.planindicators.plan.Period;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanKind;
import org.planindicators.plan.PlanPart;
import org.planindicators.plan.PlanStatus;
import org.planindicators.plan.PriceBasis;
import org.planindicators.plan.Revision;
import org.planindicators.plan.SourceRef;
import org.planindicators.plan.Target;
import org.planindicators.plan.ZoneComponent;
import org.planindicators.target.Accumulation;
import org.planindicators.target.Direction;
import org.planindicators.target.Measure;
import org.planindicators.target.TargetExpression;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitRegistry;
import org.planindicators.validation.FileKind;
import org.planindicators.validation.ProblemCollector;
import org.planindicators.validation.internal.PlanChecks;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * Reads a plan document in one pass, straight from the parser's tokens into the model, for the common case: a
 * document without a single problem. It keeps no tree and no positions, because it reports nothing: at the first
 * thing that would be a problem (a syntax error, a duplicate, unknown or missing property, a wrong type, a bad code,
 * number, unit or target, a rule of the model or of {@link PlanChecks} broken), and at the one valid form it does not
 * read (an indicator's unit written after its baseline or targets, which are read in that unit), it gives up,
 * and the caller reads the document again by {@link DocumentReader} and {@link PlanDecoder}, which place every
 * problem. So a document either comes out of this reader as the plan those would make, with no problems, or it is
 * read by them from the start: the report never depends on which reader ran ({@code OnePassDifferentialTest}).
 *
 * <p>What it reads is what {@link PlanDecoder} reads, property by property: the same strings, codes, years
 * (integers 1000–9999), quantities (a number token, its scale as written, or a string with an optional unit),
 * units and target notation (each text read once per document and unit), and the same constructors. A structured
 * target, the rare form, is read into a small tree of its own ({@link DocumentReader#subtree}) and decoded by {@link
 * TargetDecoder}; a problem reported there gives up too. The values are read by {@link TokenValues}.
 */
public final class OnePassDecoder {
    private static final RuntimeException GIVE_UP = TokenValues.GIVE_UP;
    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}(-[0-9]{4})?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern DIVISION_CODE = Pattern.compile("[0-9]{6}");
    /** The locator of the plan checks: any problem they find sends the document to the placing readers. */
    private static final PlanChecks.Locator NOWHERE = path -> {
        throw GIVE_UP;
    };

    private final TokenValues values;
    private int indicators;

    private OnePassDecoder(UnitRegistry units) {
        this.values = new TokenValues(units);
    }

    /**
     * The plan of the document {@code text} (already decoded, without a byte-order mark), when it has no problem at
     * all, not even a warning of the plan checks; {@code null} when it has one or may have one, or uses a form this
     * reader leaves to the others.
     *
     * @param text the document
     * @param units the units known
     * @param maxDocumentLength the size limit
     * @return the plan and its number of indicators, or {@code null}
     */
    public static PlanDecoder.@Nullable Decoded decode(String text, UnitRegistry units, long maxDocumentLength) {
        return decode(DocumentReader.factory(maxDocumentLength).createParser(ObjectReadContext.empty(), text), units);
    }

    /**
     * As {@link #decode(String, UnitRegistry, long)}, reading the UTF-8 bytes {@code bytes[offset, offset + length)}
     * with Jackson's byte parser (which makes each string straight from the bytes, without a decoded copy of the
     * whole text). Only for bytes that are well-formed UTF-8 without a zero byte ({@link
     * org.planindicators.validation.internal.Utf8}): Jackson's own decoding is more lenient than the JDK's (it takes
     * overlong forms and encoded surrogates), so on any other bytes the text's reading decides.
     *
     * @param bytes the document's bytes, UTF-8, without a byte-order mark in the range
     * @param offset where the document starts
     * @param length how many bytes it has
     * @param units the units known
     * @param maxDocumentLength the size limit
     * @return the plan and its number of indicators, or {@code null}
     */
    public static PlanDecoder.@Nullable Decoded decode(byte[] bytes, int offset, int length, UnitRegistry units,
            long maxDocumentLength) {
        return decode(DocumentReader.factory(maxDocumentLength).createParser(ObjectReadContext.empty(), bytes, offset,
                length), units);
    }

    private static PlanDecoder.@Nullable Decoded decode(JsonParser parser, UnitRegistry units) {
        OnePassDecoder d = new OnePassDecoder(units);
        try (JsonParser p = parser) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Plan plan = d.plan(p);
            if (p.nextToken() != null) {
                return null;
            }
            ProblemCollector checks = new ProblemCollector("", Integer.MAX_VALUE);
            PlanChecks.run(plan, NOWHERE, checks);
            if (!checks.report(FileKind.PLAN, 0, 0).problems().isEmpty()) {
                return null;
            }
            return new PlanDecoder.Decoded(plan, d.indicators);
        } catch (RuntimeException e) {
            // GiveUp, the parser's exceptions, a model's refusal: the placing readers report it, or fail as before.
            return null;
        }
    }

    // ---------------------------------------------------------------- the plan and its tree

    private Plan plan(JsonParser p) {
        String title = null;
        Jurisdiction jurisdiction = null;
        PlanKind kind = null;
        PlanStatus status = null;
        Period period = null;
        Integer baseYear = null;
        Integer visionYear = null;
        List<PlanPart> parts = List.of();
        int seen = 0;
        String name;
        while ((name = p.nextName()) != null) {
            switch (name) {
                case "formatVersion" -> {
                    seen = once(seen, 0);
                    if (integer(p) != PlanDecoder.FORMAT_VERSION) {
                        throw GIVE_UP;
                    }
                }
                case "title" -> {
                    seen = once(seen, 1);
                    title = string(p);
                }
                case "jurisdiction" -> {
                    seen = once(seen, 2);
                    object(p);
                    jurisdiction = jurisdiction(p);
                }
                case "kind" -> {
                    seen = once(seen, 3);
                    kind = code(p, PlanKind.class);
                }
                case "status" -> {
                    seen = once(seen, 4);
                    status = code(p, PlanStatus.class);
                }
                case "period" -> {
                    seen = once(seen, 5);
                    period = formatted(p, PERIOD, Period::parse);
                }
                case "baseYear" -> {
                    seen = once(seen, 6);
                    baseYear = year(p);
                }
                case "visionYear" -> {
                    seen = once(seen, 7);
                    visionYear = year(p);
                }
                case "parts" -> {
                    seen = once(seen, 8);
                    parts = list(p, this::part);
                }
                default -> throw GIVE_UP;
            }
        }
        if ((seen & 0b1111111) != 0b1111111) {
            throw GIVE_UP;
        }
        return new Plan(title, jurisdiction, kind, status, period, baseYear, visionYear, parts);
    }

    private Jurisdiction jurisdiction(JsonParser p) {
        String name = null;
        JurisdictionLevel level = null;
        DivisionCode code = null;
        List<ZoneComponent> components = List.of();
        int seen = 0;
        String property;
        while ((property = p.nextName()) != null) {
            switch (property) {
                case "name" -> {
                    seen = once(seen, 0);
                    name = string(p);
                }
                case "level" -> {
                    seen = once(seen, 1);
                    level = code(p, JurisdictionLevel.class);
                }
                case "code" -> {
                    seen = once(seen, 2);
                    code = formatted(p, DIVISION_CODE, DivisionCode::new);
                }
                case "components" -> {
                    seen = once(seen, 3);
                    components = list(p, this::component);
                }
                default -> throw GIVE_UP;
            }
        }
        if ((seen & 0b11) != 0b11) {
            throw GIVE_UP;
        }
        return new Jurisdiction(name, level, code, components);
    }

    private ZoneComponent component(JsonParser p) {
        String name = null;
        Jurisdiction parent = null;
        Quantity area = null;
        List<BigDecimal> share = List.of();
        int seen = 0;
        String property;
        while ((property = p.nextName()) != null) {
            switch (property) {
                case "name" -> {
                    seen = once(seen, 0);
                    name = string(p);
                }
                case "parent" -> {
                    seen = once(seen, 1);
                    object(p);
                    parent = jurisdiction(p);
                }
                case "area" -> {
                    seen = once(seen, 2);
                    area = values.quantity(p, Unit.NONE);
                }
                case "share" -> {
                    seen = once(seen, 3);
                    share = formatted(p, null, Apportionment::parseRatio);
                    if (share == null) {
                        throw GIVE_UP;
                    }
                }
                default -> throw GIVE_UP;
            }
        }
        if ((seen & 0b11) != 0b11) {
            throw GIVE_UP;
        }
        return new ZoneComponent(name, parent, area, share);
    }

    /** A revision ({@code revisedFrom}), its original read by {@code readOriginal} from its first token. */
    private <T> Revision<T> revision(JsonParser p, Function<JsonParser, T> readOriginal) {
        T original = null;
        LocalDate date = null;
        String reason = null;
        int seen = 0;
        String name;
        while ((name = p.nextName()) != null) {
            switch (name) {
                case "original" -> {
                    seen = once(seen, 0);
                    object(p);
                    original = readOriginal.apply(p);
                }
                case "date" -> {
                    seen = once(seen, 1);
                    date = formatted(p, DATE, LocalDate::parse); // a DateTimeException gives up
                }
                case "reason" -> {
                    seen = once(seen, 2);
                    reason = string(p);
                }
                default -> throw GIVE_UP;
            }
        }
        if (seen != 0b111) {
            throw GIVE_UP;
        }
        return new Revision<>(original, date, reason);
    }

    private PlanPart part(JsonParser p) {
        PartLevel level = null;
        String title = null;
        List<PlanPart> children = List.of();
        List<Goal> goals = List.of();
        int seen = 0;
        String name;
        while ((name = p.nextName()) != null) {
            switch (name) {
                case "level" -> {
                    seen = once(seen, 0);
                    level = code(p, PartLevel.class);
                }
                case "title" -> {
                    seen = once(seen, 1);
                    title = string(p);
                }
                case "children" -> {
                    seen = once(seen, 2);
                    children = list(p, this::part);
                }
                case "goals" -> {
                    seen = once(seen, 3);
                    goals = list(p, this::goal);
                }
                default -> throw GIVE_UP;
            }
        }
        if ((seen & 0b11) != 0b11) {
            throw GIVE_UP;
        }
        return new PlanPart(level, title, children, goals);
    }

    private Goal goal(JsonParser p) {
        String id = null;
        String title = null;
        String description = null;
        Integer horizonYear = null;
        List<Indicator> list = List.of();
        int seen = 0;
        String name;
        while ((name = p.nextName()) != null) {
            switch (name) {
                case "id" -> {
                    seen = once(seen, 0);
                    id = string(p);
                }
                case "title" -> {
                    seen = once(seen, 1);
                    title = string(p);
                }
                case "description" -> {
                    seen = once(seen, 2);
                    description = string(p);
                }
                case "horizonYear" -> {
                    seen = once(seen, 3);
                    horizonYear = year(p);
                }
                case "indicators" -> {
                    seen = once(seen, 4);
                    list = list(p, this::indicator);
                }
                default -> throw GIVE_UP;
            }
        }
        if ((seen & 0b11) != 0b11) {
            throw GIVE_UP;
        }
        return new Goal(id, title, description, horizonYear, list);
    }

    private Indicator indicator(JsonParser p) {
        String code = null;
        String name = null;
        String category = null;
        Unit unit = Unit.NONE;
        IndicatorAttribute attribute = IndicatorAttribute.EXPECTED;
        Direction direction = Direction.HIGHER_IS_BETTER;
        Measure measure = Measure.LEVEL;
        Accumulation accumulation = Accumulation.LEVEL;
        Baseline baseline = null;
        List<Target> targets = List.of();
        String leadAgency = null;
        List<String> coAgencies = List.of();
        SourceRef source = null;
        Aggregation aggregation = null;
        PriceBasis priceBasis = null;
        int seen = 0;
        String property;
        while ((property = p.nextName()) != null) {
            switch (property) {
                case "code" -> {
                    seen = once(seen, 0);
                    code = string(p);
                }
                case "name" -> {
                    seen = once(seen, 1);
                    name = string(p);
                }
                case "category" -> {
                    seen = once(seen, 2);
                    category = string(p);
                }
                case "unit" -> {
                    // The figures are read in the indicator's unit: one written before it would have been read
                    // without it, so such a document goes to the placing readers.
                    if ((seen & (1 << 8 | 1 << 9)) != 0) {
                        throw GIVE_UP;
                    }
                    seen = once(seen, 3);
                    unit = values.unit(p);
                }
                case "attribute" -> {
                    seen = once(seen, 4);
                    attribute = code(p, IndicatorAttribute.class);
                }
                case "direction" -> {
                    seen = once(seen, 5);
                    direction = code(p, Direction.class);
                }
                case "measure" -> {
                    seen = once(seen, 6);
                    measure = code(p, Measure.class);
                }
                case "accumulation" -> {
                    seen = once(seen, 7);
                    accumulation = code(p, Accumulation.class);
                }
                case "baseline" -> {
                    seen = once(seen, 8);
                    object(p);
                    baseline = baseline(p, unit);
                }
                case "targets" -> {
                    seen = once(seen, 9);
                    Unit indicatorUnit = unit;
                    targets = list(p, q -> target(q, indicatorUnit));
                }
                case "leadAgency" -> {
                    seen = once(seen, 10);
                    leadAgency = string(p);
                }
                case "coAgencies" -> {
                    seen = once(seen, 11);
                    coAgencies = strings(p);
                }
                case "source" -> {
                    seen = once(seen, 12);
                    source = formatted(p, null, SourceRef::parse);
                }
                case "aggregation" -> {
                    seen = once(seen, 13);
                    aggregation = formatted(p, null, Aggregation::parse);
                    if (aggregation == null) {
                        throw GIVE_UP;
                    }
                }
                case "priceBasis" -> {
                    seen = once(seen, 14);
                    priceBasis = code(p, PriceBasis.class);
                }
                default -> throw GIVE_UP;
            }
        }
        if ((seen & 0b10) == 0) {
            throw GIVE_UP;
        }
        Indicator i = new Indicator(code, name, category, unit, attribute, direction, measure, accumulation,
                baseline, targets, leadAgency, coAgencies, source, aggregation, priceBasis);
        indicators++;
        return i;
    }

    private Baseline baseline(JsonParser p, Unit unit) {
        Integer year = null;
        Quantity value = null;
        String note = null;
        Revision<Baseline> revisedFrom = null;
        int seen = 0;
        String name;
        while ((name = p.nextName()) != null) {
            switch (name) {
                case "year" -> {
                    seen = once(seen, 0);
                    year = year(p);
                }
                case "value" -> {
                    seen = once(seen, 1);
                    value = values.quantity(p, unit);
                }
                case "note" -> {
                    seen = once(seen, 2);
                    note = string(p);
                }
                case "revisedFrom" -> {
                    seen = once(seen, 3);
                    object(p);
                    revisedFrom = revision(p, q -> baseline(q, unit));
                }
                default -> throw GIVE_UP;
            }
        }
        if ((seen & 0b11) != 0b11) {
            throw GIVE_UP;
        }
        return new Baseline(year, value, note, revisedFrom);
    }

    private Target target(JsonParser p, Unit unit) {
        Integer year = null;
        TargetExpression expression = null;
        SourceRef source = null;
        Revision<Target> revisedFrom = null;
        int seen = 0;
        String name;
        while ((name = p.nextName()) != null) {
            switch (name) {
                case "year" -> {
                    seen = once(seen, 0);
                    year = year(p);
                }
                case "target" -> {
                    seen = once(seen, 1);
                    JsonToken t = p.nextToken();
                    expression = t == JsonToken.START_OBJECT ? values.structuredTarget(p, unit)
                            : values.targetText(p, t, unit);
                }
                case "source" -> {
                    seen = once(seen, 2);
                    source = formatted(p, null, SourceRef::parse);
                }
                case "revisedFrom" -> {
                    seen = once(seen, 3);
                    object(p);
                    revisedFrom = revision(p, q -> target(q, unit));
                }
                default -> throw GIVE_UP;
            }
        }
        if ((seen & 0b11) != 0b11) {
            throw GIVE_UP;
        }
        return new Target(year, expression, source, revisedFrom);
    }
}
