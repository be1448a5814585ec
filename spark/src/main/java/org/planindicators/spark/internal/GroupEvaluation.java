package org.planindicators.spark.internal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.planindicators.evaluation.EvaluationMethod;
import org.planindicators.evaluation.EvaluationOptions;
import org.planindicators.evaluation.Evaluator;
import org.planindicators.evaluation.Figure;
import org.planindicators.evaluation.IndicatorEvaluation;
import org.planindicators.evaluation.PathShape;
import org.planindicators.evaluation.PlanEvaluation;
import org.planindicators.evaluation.Tiers;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Observation;
import org.planindicators.plan.Plan;
import org.planindicators.report.FigureFormat;
import org.planindicators.report.IndicatorFigures;
import org.planindicators.unit.Quantity;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitRegistry;

/**
 * The evaluation of one jurisdiction's observations by the library's {@link Evaluator}, written as rows with the
 * keys and the text of {@code evaluate --format json}'s indicator objects (the same {@link FigureFormat} and {@link
 * IndicatorFigures}).
 */
public final class GroupEvaluation implements FlatMapGroupsFunction<String, org.apache.spark.sql.Row, Row> {
    private static final long serialVersionUID = 1L;
    /** The group of observations for the plan's own jurisdiction (or none named). */
    public static final String OWN = "\u0000own";

    private final ShippedPlan plan;
    private final ShippedOptions options;
    private final int year;
    private final int scale;

    /** An evaluation of {@code plan} in {@code year}, figures at {@code scale} decimals. */
    public GroupEvaluation(ShippedPlan plan, EvaluationOptions options, int year, int scale) {
        this.plan = plan;
        this.options = new ShippedOptions(options);
        this.year = year;
        this.scale = scale;
    }

    /**
     * The group of an observation row: {@link #OWN} for the plan's jurisdiction or none, else the jurisdiction as
     * written.
     */
    public static MapFunction<Row, String> groupOf(ShippedPlan plan) {
        return row -> {
            String j = row.getAs("jurisdiction");
            Plan p = plan.plan();
            return j == null || p == null || p.jurisdiction().matches(j) ? OWN : j;
        };
    }

    /** The column that carries a row's group ({@link #tag}). */
    public static final String GROUP = "_group";

    /**
     * The copies of an observation row, each with its group in a last column {@value #GROUP}: {@link #OWN} for the
     * plan's jurisdiction or none; the jurisdiction as written for any other; and a row for a part of the plan's
     * jurisdiction (a district of a city plan, a zone's piece: {@code Jurisdiction.componentOf}) goes to both its own
     * group and the plan's, where the evaluator rolls the parts up as the command line does.
     *
     * @param plan the plan
     * @return the function
     */
    public static org.apache.spark.api.java.function.FlatMapFunction<Row, Row> tag(ShippedPlan plan) {
        return row -> {
            String j = row.getAs("jurisdiction");
            Plan p = plan.plan();
            boolean own = j == null || p == null || p.jurisdiction().matches(j);
            List<Row> out = new ArrayList<>(2);
            out.add(withGroup(row, own ? OWN : j));
            if (!own && p.jurisdiction().componentOf(j).isPresent()) {
                out.add(withGroup(row, OWN));
            }
            return out.iterator();
        };
    }

    private static Row withGroup(Row row, String group) {
        Object[] values = new Object[row.length() + 1];
        for (int i = 0; i < row.length(); i++) {
            values[i] = row.get(i);
        }
        values[row.length()] = group;
        // With its schema: the next steps read columns by name, and Spark may hand them this very object.
        return new org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema(values,
                row.schema().add(GROUP, org.apache.spark.sql.types.DataTypes.StringType, false));
    }

    @Override
    public Iterator<Row> call(String group, Iterator<Row> rows) {
        Plan p = plan.plan();
        boolean own = OWN.equals(group);
        List<Observation> observations = new ArrayList<>();
        while (rows.hasNext()) {
            Observation o = SparkObservationRows.observation(rows.next(), "value", UnitRegistry.standard());
            // Another jurisdiction is evaluated against the plan's indicators and targets as if the plan were its own;
            // in the plan's group, a part keeps its jurisdiction so that the evaluator rolls it up.
            observations.add(own ? o : o.withJurisdiction(null));
        }
        PlanEvaluation evaluation = new Evaluator(options.options()).evaluate(p, observations, year);
        String jurisdiction = own ? p.jurisdiction().name() : group;
        FigureFormat format = new FigureFormat(scale);
        List<Row> out = new ArrayList<>();
        int rank = 1;
        for (IndicatorEvaluation e : evaluation.byConcern()) {
            out.add(row(jurisdiction, year, rank++, e, format, evaluation));
        }
        return out.iterator();
    }

    /** One indicator, as an indicator object of {@code evaluate --format json}. */
    static Row row(String jurisdiction, int year, int rank, IndicatorEvaluation e, FigureFormat format,
            org.planindicators.evaluation.PlanEvaluation evaluation) {
        IndicatorFigures r = IndicatorFigures.of(e);
        List<Row> figures = new ArrayList<>();
        for (Figure f : e.figures()) {
            List<String> inputs = new ArrayList<>();
            f.explanation().inputs().forEach(i -> inputs.add(i.toString()));
            figures.add(RowFactory.create(f.kind().code(), f.value().value().toPlainString(),
                    f.value().unit().symbol(), f.explanation().formula(), seq(inputs)));
        }
        Tiers tiers = e.tiers();
        Row tiersRow = tiers == null ? null : RowFactory.create(tiers.floor().code(), tiers.floorMet(), tiers.word(),
                tiers.aspirationText(), tiers.aspiration() == null ? null : tiers.aspiration().code(),
                tiers.aspirationMet());
        Indicator ind = e.indicator();
        return RowFactory.create(jurisdiction, year, rank, ind.name(), ind.code(), ind.attribute().code(),
                e.status().code(), format.written(r.actual()), format.number(r.expected()), r.notation(),
                format.number(r.progress()), format.number(r.timeProgress()), format.number(r.required()),
                r.unit() == null ? null : r.unit().symbol(), r.required() == null ? null : r.required().unit().symbol(),
                e.isProvisional(), e.target() == null ? null : e.target().year(), format.written(r.targetValue()),
                seq(new ArrayList<>(e.notes())), seq(figures), e.reviewClass().code(),
                e.sdgProgress() == null ? null : e.sdgProgress().code(), tiersRow, ind.direction().code(),
                ind.measure().code(), seq(parts(evaluation, e, format)), ind.category(), ind.leadAgency(),
                ind.priceBasis() == null ? null : ind.priceBasis().code(), revision(e),
                null); // published: only with the command line's --targets both
    }

    /** The indicator's parts by dimension, as the JSON's {@code parts}. */
    private static List<Row> parts(org.planindicators.evaluation.PlanEvaluation evaluation, IndicatorEvaluation e,
            FigureFormat format) {
        List<Row> parts = new ArrayList<>();
        for (org.planindicators.evaluation.PartEvaluation p : evaluation.partsOf(e.indicator())) {
            IndicatorEvaluation pe = p.evaluation();
            IndicatorFigures pr = IndicatorFigures.of(pe);
            parts.add(RowFactory.create(scala.jdk.javaapi.CollectionConverters.asScala(
                    new java.util.LinkedHashMap<>(p.dimensions())), pe.status().code(), format.written(pr.actual()),
                    format.number(pr.expected()), format.written(pr.targetValue()), pe.reviewClass().code(),
                    seq(new ArrayList<>(pe.notes()))));
        }
        return parts;
    }

    /** The latest revision of the indicator's target for its target year, as the JSON's {@code revision}. */
    private static @org.jspecify.annotations.Nullable Row revision(IndicatorEvaluation e) {
        org.planindicators.plan.Target t = e.target();
        if (t == null) {
            return null;
        }
        org.planindicators.plan.Target current = e.indicator()
                .targetFor(t.year(), Indicator.Version.CURRENT).orElse(null);
        if (current == null || current.revisedFrom() == null) {
            return null;
        }
        var rev = current.revisedFrom();
        return RowFactory.create(rev.date().toString(), rev.reason(), current.original().expression().toString(),
                current.expression().toString());
    }

    private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
    }

    /** The evaluation options on their way to the executors, rebuilt from the defaults with each field. */
    static final class ShippedOptions implements Serializable {
        private static final long serialVersionUID = 1L;
        private final EvaluationMethod method;
        private final BigDecimal tolerance;
        private final PathShape pathShape;
        private final BigDecimal inStepTolerance;
        private final MathContext mathContext;
        private final Indicator.Version version;
        private final BigDecimal reviewTolerance;

        ShippedOptions(EvaluationOptions o) {
            method = o.method();
            tolerance = o.tolerance();
            pathShape = o.pathShape();
            inStepTolerance = o.inStepTolerance().value();
            mathContext = o.mathContext();
            version = o.version();
            reviewTolerance = o.reviewTolerance();
        }

        EvaluationOptions options() {
            return EvaluationOptions.defaults().withMethod(method).withTolerance(tolerance).withPathShape(pathShape)
                    .withInStepTolerance(Quantity.of(inStepTolerance, Unit.PERCENTAGE_POINT))
                    .withMathContext(mathContext).withVersion(version).withReviewTolerance(reviewTolerance);
        }
    }
}
