package org.planindicators.extract.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.planindicators.extract.Confidence;
import org.planindicators.extract.DraftResult;
import org.planindicators.extract.DraftTarget;
import org.planindicators.extract.ExtractOptions;
import org.planindicators.extract.Extraction;
import org.planindicators.plan.SourceRef;
import org.planindicators.target.AtLeast;
import org.planindicators.target.Approximately;
import org.planindicators.target.Change;
import org.planindicators.target.ChangeDirection;
import org.planindicators.target.Delegated;
import org.planindicators.target.Exact;
import org.planindicators.target.GreaterThan;
import org.planindicators.target.Measure;
import org.planindicators.target.NumericTarget;
import org.planindicators.target.ParsedTarget;
import org.planindicators.target.Qualitative;
import org.planindicators.target.Relative;
import org.planindicators.target.TargetExpression;
import org.planindicators.target.TargetParseResult;
import org.planindicators.target.TargetParser;
import org.planindicators.target.TwoTier;
import org.planindicators.unit.Unit;

/**
 * Reads a document paragraph by paragraph and sentence by sentence, and turns the figures the target parser finds
 * into draft targets and results: the loop that joins {@link TextNormalizer}, {@link SectionTracker},
 * {@link AgencyReader}, {@link Respectively}, {@link FigureShapes}, {@link NameBuilder}, {@link IndicatorNames} and
 * {@link FigureClassifier}; at the end {@link ResultMatcher} files the results under the drafted targets' indicators.
 */
public final class ExtractionEngine {
    private static final int MAX_NAME = 40;

    private final ExtractOptions options;
    private final TargetParser parser = TargetParser.standard();
    private final List<DraftTarget> targets = new ArrayList<>();
    private final List<DraftResult> results = new ArrayList<>();
    private final java.util.Set<String> stated = new java.util.HashSet<>();
    /** Target figures drafted so far (target and year), to tell a figure explained again under no name. */
    private final java.util.Set<String> draftedFigures = new java.util.HashSet<>();

    /**
     * An engine for one document.
     *
     * @param options what is known of the document
     */
    public ExtractionEngine(ExtractOptions options) {
        this.options = options;
    }

    /**
     * Reads {@code text}.
     *
     * @param text the document
     * @return the draft
     */
    public Extraction run(String text) {
        DocumentFacts facts = DocumentFacts.read(text, options);
        SectionTracker tracker = new SectionTracker(SectionTracker.Mode.TARGETS);
        FigureClassifier classifier = new FigureClassifier(facts.baseYear(), facts.targetYear());
        for (TextNormalizer.Paragraph p : TextNormalizer.paragraphs(text, l -> SectionTracker.heading(l) != null)) {
            SectionTracker.Heading h = SectionTracker.heading(p.text());
            if (h != null) {
                tracker.enter(h);
                continue;
            }
            AgencyReader.Item item = AgencyReader.read(p.text());
            int[] lines = Arrays.copyOfRange(p.lines(), item.offset(), item.offset() + item.text().length());
            TextNormalizer.Paragraph body = new TextNormalizer.Paragraph(item.text(), lines);
            Integer carried = null;
            for (TextNormalizer.Paragraph s : body.sentences()) {
                read(s, item.agency(), tracker, classifier, carried);
                carried = FigureClassifier.carriedYear(s.text(), carried, facts.baseYear());
            }
        }
        return new Extraction(facts.title(), facts.kind(), facts.baseYear(), facts.targetYear(), targets,
                ResultMatcher.file(targets, results));
    }

    private void read(TextNormalizer.Paragraph s, @Nullable String agency, SectionTracker tracker,
            FigureClassifier classifier, @Nullable Integer carried) {
        if (s.text().length() > TargetParser.MAX_INPUT_LENGTH || tracker.mode() == SectionTracker.Mode.NOTES) {
            return;
        }
        List<ParsedTarget> figures = new ArrayList<>();
        for (ParsedTarget t : parse(s.text())) {
            // A number without unit (1+6, “5+N”, 12345) names a policy or a hotline, not a quantity.
            boolean unitless = t.target() instanceof NumericTarget n && n.unit().isNone();
            // 与党中央保持高度一致: a pledge, not a target compared with a quantity.
            boolean pledge = t.target() instanceof Relative rel && !IndicatorNames.comparesQuantities(rel);
            if (!(t.target() instanceof Qualitative) && !unitless && !pledge) {
                figures.add(t);
            }
        }
        String previous = "";
        String section = clip(tracker.section().isBlank() ? "未分类" : tracker.section(), 50);
        readQualitative(s, tracker, section, classifier);
        for (Respectively.Assigned a : Respectively.assign(s.text(), figures)) {
            ParsedTarget f = a.figure();
            if (FigureShapes.descriptive(s.text(), f) != null) {
                continue;
            }
            List<String> why = new ArrayList<>();
            Confidence confidence = Confidence.HIGH;
            String name;
            String reach = FigureShapes.reachName(s.text(), f);
            if (reach != null) {
                name = reach;
                why.add("reach idiom named by the quantity it bounds");
                confidence = Confidence.MEDIUM;
            } else if (a.subject() != null) {
                name = NameBuilder.clean(a.subject());
                why.add("split at " + a.split());
                confidence = Confidence.MEDIUM;
            } else {
                NameBuilder.Named named = NameBuilder.name(s.text(), f);
                name = named.name();
                if (!named.how().isEmpty()) {
                    why.add(named.how());
                    confidence = Confidence.MEDIUM;
                }
                String delegated = f.target() instanceof Delegated ? NameBuilder.delegatedName(s.text()) : null;
                if (name.length() < 2 && delegated != null) {
                    name = delegated;
                    why.add("named by what is handed down (下达的…)");
                    confidence = Confidence.MEDIUM;
                }
            }
            if (!name.isEmpty() && !name.endsWith("率")) {
                // 人口自然增长率控制在6‰以内: the level of a rate the parser's subject stopped short of
                for (String rate : new String[] {"增长率", "率"}) {
                    if (s.text().contains(name + rate)) {
                        name = name + rate;
                        f = new ParsedTarget(f.target(), f.subject(), f.start(), f.end(), f.year(), Measure.LEVEL);
                        break;
                    }
                }
            }
            if (name.isEmpty() && !previous.isEmpty()) {
                name = previous;
                why.add("name of the figure before");
                confidence = Confidence.MEDIUM;
            }
            if (name.length() < 2 || name.length() > MAX_NAME) {
                why.add(name.length() < 2 ? "no name in the text" : "long name");
                name = name.length() < 2 ? fallbackName(s.text(), f) : clip(name, MAX_NAME);
                confidence = Confidence.LOW;
            }
            previous = name;
            name = IndicatorNames.standard(name);
            FigureClassifier.Verdict v = classifier.classify(s.text(), f, tracker.mode(), carried);
            why.add(0, v.reason());
            int line = s.lineAt(Math.min(f.start(), s.text().length() - 1));
            SourceRef source = SourceRef.of(options.document(), line, section);
            if (v.target()) {
                TargetExpression t = IndicatorNames.perPerson(name, f.target(), parser);
                if (t != f.target()) {
                    f = new ParsedTarget(t, f.subject(), f.start(), f.end(), f.year(), f.measure());
                    why.add("per-person unit from the name");
                }
                if (restated(agency == null ? "text" : "list", IndicatorNames.folded(name), t, v.year())) {
                    continue;
                }
                boolean weakName = confidence == Confidence.LOW || name.contains("目标");
                if (!draftedFigures.add(t + "\u0000" + v.year()) && weakName) {
                    continue; // 今年经济增长目标确定为9.5%左右: the figure of a target drafted already, explained
                }
                addTarget(section, name, a.area(), f, v.year(), agency, source, s.text(), confidence, why);
            } else {
                addResult(section, name, a.area(), f, v.year(), source, s.text(), confidence, why);
            }
        }
    }

    /**
     * The figures of a sentence; when the parser cannot read the whole sentence (示范工程2.0版), those of each clause it
     * can read, so that one unreadable clause does not hide the others' figures.
     */
    private List<ParsedTarget> parse(String sentence) {
        TargetParseResult r = parser.parse(sentence);
        if (r.error() == null) {
            return r.targets();
        }
        List<ParsedTarget> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= sentence.length(); i++) {
            if (i == sentence.length() || ",，;；".indexOf(sentence.charAt(i)) >= 0) {
                if (i > start) {
                    TargetParseResult c = parser.parse(sentence.substring(start, i));
                    if (c.error() == null) {
                        for (ParsedTarget t : c.targets()) {
                            out.add(new ParsedTarget(t.target(), t.subject(), t.start() + start, t.end() + start,
                                    t.year(), t.measure()));
                        }
                    }
                }
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * Whether the text (or the list of items with lead agencies, which stands apart, as 民生实事 do) stated this name
     * and target for this year before: a restatement, drafted once.
     */
    private boolean restated(String top, String name, TargetExpression t, int year) {
        return !stated.add(top + "\u0000" + name + "\u0000" + t + "\u0000" + year);
    }

    private void readQualitative(TextNormalizer.Paragraph s, SectionTracker tracker, String section,
            FigureClassifier classifier) {
        if (tracker.mode() != SectionTracker.Mode.TARGETS) {
            return;
        }
        for (QualitativeClauses.Clause c : QualitativeClauses.read(s.text())) {
            if (c.name().length() < 2 || restated("text", c.name(), new Qualitative(c.text()), 0)) {
                continue;
            }
            int year = classifier.yearOf(s.text().substring(0, c.start()), tracker.section());
            SourceRef source = SourceRef.of(options.document(), s.lineAt(c.start()), section);
            targets.add(new DraftTarget(section, c.name(), Unit.NONE, new Qualitative(c.text()), year, Measure.LEVEL,
                    null, source, s.text(), Confidence.LOW, "target without figure naming a measurable quantity"));
        }
    }

    private void addTarget(String section, String name, @Nullable String area, ParsedTarget f, int year,
            @Nullable String agency, SourceRef source, String text, Confidence confidence, List<String> why) {
        TargetExpression t = f.target();
        Unit unit = t instanceof NumericTarget n ? n.unit() : t instanceof TwoTier tt ? tt.floor().unit() : Unit.NONE;
        if (t instanceof Relative || t instanceof Delegated) {
            confidence = confidence == Confidence.HIGH ? Confidence.MEDIUM : confidence;
            why.add("no figure");
        }
        String n = area == null ? name : name.replaceFirst("^城乡", area);
        n = NameBuilder.ofRate(n, f.measure());
        targets.add(new DraftTarget(section, n, unit, t, year, f.measure(), agency, source, text, confidence,
                String.join("; ", why)));
    }

    private void addResult(String section, String name, @Nullable String area, ParsedTarget f, int year,
            SourceRef source, String text, Confidence confidence, List<String> why) {
        BigDecimal value;
        Unit unit;
        TargetExpression t = f.target();
        if (t instanceof Exact e) {
            value = e.value().value();
            unit = e.unit();
        } else if (t instanceof Change c) {
            value = c.amount().value();
            unit = c.amount().unit();
            if (c.direction() == ChangeDirection.DECREASE && f.measure() == Measure.LEVEL) {
                return; // 减少3个: a difference, not a level
            }
        } else if (t instanceof Approximately || t instanceof AtLeast || t instanceof GreaterThan) {
            NumericTarget nt = (NumericTarget) t;
            value = nt.value().value();
            unit = nt.unit();
            why.add("a bound (余, 超过) read as the value");
            confidence = confidence == Confidence.HIGH ? Confidence.MEDIUM : confidence;
        } else {
            return; // ranges, upper bounds, relative and delegated wordings are no results
        }
        String n = NameBuilder.ofRate(name, f.measure());
        results.add(new DraftResult(section, n, n, value, unit, year, f.measure(), area, source, text, confidence,
                String.join("; ", why), false));
    }

    /** A name for a figure the text does not name: the words before it in its clause. */
    private static String fallbackName(String sentence, ParsedTarget f) {
        int start = f.start();
        int from = start;
        while (from > 0 && ",，;；:：、。".indexOf(sentence.charAt(from - 1)) < 0 && start - from < 12) {
            from--;
        }
        String s = NameBuilder.clean(sentence.substring(from, start));
        return s.length() >= 2 ? s : "未命名指标";
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max).strip();
    }
}
