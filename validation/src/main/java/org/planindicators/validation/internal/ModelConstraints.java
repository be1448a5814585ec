package org.planindicators.validation.internal;

import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.defs.MaxDef;
import org.hibernate.validator.cfg.defs.MinDef;
import org.hibernate.validator.cfg.defs.NotBlankDef;
import org.hibernate.validator.cfg.defs.PatternDef;
import org.hibernate.validator.cfg.defs.SizeDef;
import org.planindicators.plan.Baseline;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Jurisdiction;
import org.planindicators.plan.Plan;
import org.planindicators.plan.PlanPart;
import org.planindicators.plan.Target;

/**
 * The declared limits of the plan model, as Jakarta Validation constraints mapped in code (Hibernate Validator's
 * programmatic API) rather than annotations on core's records, so that plan-indicators-core needs no validation API
 * on a consumer's class or module path.
 *
 * <p>Every limit is here, once: years 1949–2100, text lengths, the indicator code's pattern, and cascading into
 * parts, goals, indicators, baselines and targets. The JSON Schema of plan documents states the same limits.
 */
public final class ModelConstraints {
    /** The first year a plan, baseline or target may carry. */
    public static final int FIRST_YEAR = 1949;
    /** The last year a plan, baseline or target may carry. */
    public static final int LAST_YEAR = 2100;
    /** Letters, digits, '.', '_' and '-', 1 to 32 of them. */
    public static final String INDICATOR_CODE = "[\\p{L}\\p{N}._-]{1,32}";

    private ModelConstraints() {
    }

    /**
     * Adds the model's constraints to a Hibernate Validator configuration.
     *
     * @param configuration the configuration being built
     * @return the same configuration
     */
    public static HibernateValidatorConfiguration addTo(HibernateValidatorConfiguration configuration) {
        ConstraintMapping m = configuration.createConstraintMapping();
        m.type(Plan.class)
                .field("title").constraint(new NotBlankDef()).constraint(size(200))
                .field("jurisdiction").valid()
                .field("baseYear").constraint(min()).constraint(max())
                .field("visionYear").constraint(min()).constraint(max())
                .field("parts").containerElementType().valid();
        m.type(Jurisdiction.class)
                .field("name").constraint(new NotBlankDef()).constraint(size(100));
        m.type(PlanPart.class)
                .field("title").constraint(new NotBlankDef()).constraint(size(500))
                .field("children").containerElementType().valid()
                .field("goals").containerElementType().valid();
        m.type(Goal.class)
                .field("id").constraint(new NotBlankDef()).constraint(size(64))
                .field("title").constraint(new NotBlankDef()).constraint(size(500))
                .field("description").constraint(size(5000))
                .field("horizonYear").constraint(min()).constraint(max())
                .field("indicators").containerElementType().valid();
        m.type(Indicator.class)
                .field("code").constraint(new PatternDef().regexp(INDICATOR_CODE))
                .field("name").constraint(new NotBlankDef()).constraint(size(200))
                .field("category").constraint(size(50))
                .field("baseline").valid()
                .field("targets").containerElementType().valid()
                .field("leadAgency").constraint(size(200))
                .field("coAgencies").containerElementType().constraint(size(200));
        m.type(Baseline.class)
                .field("year").constraint(min()).constraint(max());
        m.type(Target.class)
                .field("year").constraint(min()).constraint(max());
        return configuration.addMapping(m);
    }

    private static SizeDef size(int max) {
        return new SizeDef().max(max);
    }

    private static MinDef min() {
        return new MinDef().value(FIRST_YEAR);
    }

    private static MaxDef max() {
        return new MaxDef().value(LAST_YEAR);
    }
}
