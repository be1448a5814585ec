package org.planindicators.examples;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.planindicators.plan.Plan;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.ImportResult;
import org.planindicators.validation.IndicatorTables;
import org.planindicators.validation.PlanJson;

/**
 * Example 2: imports an indicator table (CSV), prints its report, then the plan read from it as a plan document
 * (JSON); then shows what a broken table reports.
 *
 * <p>The table is {@code examples/data/tianfu-new-area-2022-2027.csv} (the main targets of the Tianfu New Area plan
 * 2022–2027, a draft) unless a path is given. The broken table is a few lines written inline with four mistakes: an
 * attribute that is neither 预期性 nor 约束性 ({@code T006}), a range with no upper bound ({@code T008}), an unknown
 * unit ({@code T007}) and an indicator listed twice ({@code T013}); its report is printed in Chinese and English.
 *
 * <p>Run: {@code java -cp examples/target/plan-indicators-examples.jar org.planindicators.examples.ImportTableExample
 * [TABLE.csv]}
 */
public final class ImportTableExample {
    /** The table read when no path is given, relative to the repository's root. */
    public static final String DEFAULT_TABLE = "examples/data/tianfu-new-area-2022-2027.csv";

    /** A table with four mistakes, as people type them. */
    static final String BROKEN_TABLE = """
            类别,指标,单位,属性,2022年,2025年,牵头单位
            经济发展,地区生产总值,亿元,预期性,1000,1200亿元以上,区发改局
            经济发展,地区生产总值增速,%,预计性,—,6.0%—,区统计局
            绿色生态,森林覆盖率,%,约束性,40,41,区公园城市局
            绿色生态,绿道长度,公理,预期性,120,200,区公园城市局
            经济发展,地区生产总值,亿元,预期性,1000,1300,区发改局
            """;

    private ImportTableExample() {
    }

    /**
     * Prints the example to standard output; exits with 1 when the table has errors.
     *
     * @param args the table to read, or none for {@link #DEFAULT_TABLE}
     */
    public static void main(String[] args) {
        boolean ok = run(args, Output.stdout());
        if (!ok) {
            System.exit(1);
        }
    }

    /**
     * Reads the table, prints its report and its plan as JSON, then the report of the broken table.
     *
     * @param args the table to read, or none for {@link #DEFAULT_TABLE}
     * @param out where to print
     * @return whether the table read without errors
     */
    public static boolean run(String[] args, PrintStream out) {
        Path table = Path.of(args.length > 0 ? args[0] : DEFAULT_TABLE);
        ImportResult<Plan> read = IndicatorTables.read(table, ImportOptions.defaults());
        out.println("== 2. An indicator table: " + table);
        Output.printReport(out, read.report(), Locale.ENGLISH);
        read.model().ifPresent(plan -> {
            out.println();
            out.println("== Read as a plan: " + plan.title() + ", " + plan.period() + ", base year " + plan.baseYear()
                    + ", " + plan.kind().code() + ", " + plan.indicators().size() + " indicators");
            out.println("A table does not say whose plan it is: jurisdiction " + plan.jurisdiction().name()
                    + " (TableContext.UNSPECIFIED); IndicatorTables.read(path, options, TableContext.of(...)) gives it.");
            out.println();
            out.println("== The plan as a plan document (PlanJson.toJson)");
            out.print(PlanJson.toJson(plan));
        });

        ImportResult<Plan> broken = IndicatorTables.read(
                new ByteArrayInputStream(BROKEN_TABLE.getBytes(StandardCharsets.UTF_8)), "broken.csv",
                ImportOptions.defaults());
        out.println();
        out.println("== A broken table (中文)");
        Output.printReport(out, broken.report(), Locale.CHINESE);
        out.println();
        out.println("== A broken table (English)");
        Output.printReport(out, broken.report(), Locale.ENGLISH);
        out.println("A table with errors gives no plan: " + broken.model().isEmpty());
        return !read.report().hasErrors();
    }
}
