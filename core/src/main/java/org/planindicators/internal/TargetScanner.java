package org.planindicators.internal;

import java.util.List;
import org.planindicators.target.ParsedTarget;
import org.planindicators.target.Measure;
import org.planindicators.target.Qualitative;
import org.planindicators.target.TargetParseResult;
import org.planindicators.unit.Unit;
import org.planindicators.unit.UnitRegistry;

/** Placeholder while the scanner is written. */
public final class TargetScanner {
    public TargetScanner(UnitRegistry registry, Unit defaultUnit) {
    }

    public TargetParseResult parse(String input) {
        return TargetParseResult.of(input, List.of(new ParsedTarget(new Qualitative(input), "", 0, input.length(), null, Measure.LEVEL)));
    }
}
