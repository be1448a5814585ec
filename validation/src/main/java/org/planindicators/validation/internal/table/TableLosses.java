package org.planindicators.validation.internal.table;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.planindicators.plan.Goal;
import org.planindicators.plan.Indicator;
import org.planindicators.plan.Plan;
import org.planindicators.plan.Target;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Location;
import org.planindicators.validation.ProblemCollector;
import org.planindicators.validation.TableContext;
import org.planindicators.validation.TableProblem;

/**
 * What a plan loses in its table form, found by writing the table and reading it back: every component of the plan,
 * of its goals and of each indicator and target that comes back different is one {@link TableProblem#NOT_CARRIED}
 * warning. The rule is general — whatever the table cannot hold (sources, goal structure, jurisdiction, status,
 * vision year, a unitless figure in a 万元 indicator, a qualitative target whose words read as a number) is named,
 * not a list of known losses.
 */
public final class TableLosses {
    private TableLosses() {
    }

    /** Adds a warning to {@code problems} for each field of {@code plan} that its table form does not carry. */
    public static void check(Plan plan, String file, ProblemCollector problems) {
        StringWriter w = new StringWriter();
        try {
            TableWriter.write(plan, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Plan back = TableReader.read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)), file,
                ImportOptions.defaults(), TableContext.defaults()).value();
        if (back == null) {
            problems.add(TableProblem.NOT_CARRIED, Location.ofFile(file), "plan", null, "the plan",
                    "a plan", "a table that does not read back");
            return;
        }
        Location at = Location.ofFile(file);
        for (RecordComponent c : Plan.class.getRecordComponents()) {
            if (!c.getName().equals("parts")) {
                compare(c.getName(), get(c, plan), get(c, back), at, problems);
            }
        }
        List<Goal> goals = plan.goals();
        List<Goal> goalsBack = back.goals();
        List<Indicator> ind = plan.indicators();
        List<Indicator> indBack = back.indicators();
        if (ind.size() != indBack.size()) {
            compare("indicators", ind.size() + " indicators", indBack.size() + " indicators", at, problems);
            return;
        }
        if (!goalTitles(goals).equals(goalTitles(goalsBack))) {
            compare("goals", goalTitles(goals), goalTitles(goalsBack), at, problems);
        }
        for (int i = 0; i < ind.size(); i++) {
            Indicator a = ind.get(i);
            Indicator b = indBack.get(i);
            String name = "'" + a.name() + "'";
            for (RecordComponent c : Indicator.class.getRecordComponents()) {
                if (c.getName().equals("targets")) {
                    targets(name, a.targets(), b.targets(), at, problems);
                } else {
                    compare(name + " " + c.getName(), get(c, a), get(c, b), at, problems);
                }
            }
        }
    }

    private static void targets(String name, List<Target> a, List<Target> b, Location at, ProblemCollector problems) {
        if (a.size() != b.size()) {
            compare(name + " targets", a, b, at, problems);
            return;
        }
        for (int i = 0; i < a.size(); i++) {
            Target x = a.get(i);
            Target y = b.get(i);
            for (RecordComponent c : Target.class.getRecordComponents()) {
                Object u = get(c, x);
                Object v = get(c, y);
                if (c.getName().equals("expression") && u != null && v != null && !u.equals(v)) {
                    // Same text, another kind (a qualitative "100%" read back as an exact 100%): say which.
                    u = u.getClass().getSimpleName() + " " + u;
                    v = v.getClass().getSimpleName() + " " + v;
                }
                compare(name + " target " + x.year() + " " + c.getName(), u, v, at, problems);
            }
        }
    }

    private static String goalTitles(List<Goal> goals) {
        return goals.stream().map(Goal::title).toList().toString();
    }

    private static void compare(String field, @Nullable Object a, @Nullable Object b, Location at,
            ProblemCollector problems) {
        if (!Objects.equals(a, b)) {
            problems.add(TableProblem.NOT_CARRIED, at, field, cut(String.valueOf(a)), field,
                    cut(String.valueOf(a)), cut(String.valueOf(b)));
        }
    }

    /** A value as a message quotes it: at most 100 characters. */
    private static String cut(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100) + "…";
    }

    private static @Nullable Object get(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
