package org.planindicators.report.internal;

import org.planindicators.evaluation.EvaluationStatus;
import org.planindicators.evaluation.FigureKind;
import org.planindicators.plan.IndicatorAttribute;
import org.planindicators.plan.ObservationStatus;

/**
 * The report's language: each label is given in both languages where it is used, and this picks one.
 *
 * @param zh whether the report is in Chinese
 */
public record Lang(boolean zh) {
    /** {@return {@code chinese} in a Chinese report, {@code english} otherwise} */
    public String t(String chinese, String english) {
        return zh ? chinese : english;
    }

    /** {@return the status's name: 滞后, lagging} */
    public String status(EvaluationStatus s) {
        return zh ? s.chineseName() : s.englishName();
    }

    /** {@return the attribute's name: 约束性, binding} */
    public String attribute(IndicatorAttribute a) {
        return zh ? a.chineseName() : a.englishName();
    }

    /** {@return the observation status's name: 初步核算, preliminary} */
    public String observationStatus(ObservationStatus s) {
        return zh ? s.chineseName() : s.englishName();
    }

    /** {@return the figure's name: 预期值, expected} */
    public String figure(FigureKind k) {
        return zh ? k.chineseName() : k.code().replace('_', ' ');
    }

    /** {@return the BCP 47 tag of the language: zh-CN or en} */
    public String tag() {
        return zh ? "zh-CN" : "en";
    }

    /** {@return {@code year} as a year: 2023年, 2023} */
    public String year(int year) {
        return zh ? year + "年" : Integer.toString(year);
    }
}
