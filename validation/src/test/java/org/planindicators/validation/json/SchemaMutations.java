package org.planindicators.validation.json;

import static org.planindicators.validation.json.SchemaAgreementTest.Expect.BOTH;
import static org.planindicators.validation.json.SchemaAgreementTest.Expect.NEITHER;
import static org.planindicators.validation.json.SchemaAgreementTest.Expect.READER_ONLY;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.planindicators.validation.json.SchemaAgreementTest.Expect;
import tools.jackson.databind.json.JsonMapper;

/**
 * The table of mutations of {@code json/schema/base.json} that {@link SchemaAgreementTest} runs: each limit of the
 * format on both sides of its edge, each rule only the reader checks, and edges the reader accepts.
 */
final class SchemaMutations {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static final String PART = "/parts/0";
    static final String CHAPTER = PART + "/children/0";
    static final String SECTION = CHAPTER + "/children/0";
    static final String GOAL = SECTION + "/goals/0";
    /** 集装箱吞吐量 (万标箱): a baseline with a revision, a text target with a revision, agencies, a source. */
    static final String IND = GOAL + "/indicators/0";
    /** 地区生产总值增长 (%): range, approximately, change, at_least and a text target for 2021–2025. */
    static final String GROWTH = GOAL + "/indicators/1";
    static final String RELATIVE = GOAL + "/indicators/2/targets/0/target";
    static final String DELEGATED = GOAL + "/indicators/3/targets/0/target";
    static final String QUALITATIVE = GOAL + "/indicators/4/targets/0/target";
    static final String RANGE = GROWTH + "/targets/0/target";
    static final String APPROXIMATELY = GROWTH + "/targets/1/target";
    static final String CHANGE = GROWTH + "/targets/2/target";
    static final String BASELINE = IND + "/baseline";
    static final String TARGET = IND + "/targets/0";

    static final String ZONE = """
            {"name": "四川天府新区", "level": "zone", "components": [
              {"name": "成都片区", "parent": {"name": "成都市", "level": "city", "code": "510100"}, "area": "1293平方公里"},
              {"name": "眉山片区", "parent": {"name": "眉山市", "level": "city", "code": "511400"}, "area": "285平方公里"}]}""";
    static final String COMPONENT = "/jurisdiction/components/0";

    private SchemaMutations() {
    }

    /** Every row. */
    static Stream<Mutation> all() {
        List<Mutation> m = new ArrayList<>();
        years(m);
        texts(m);
        codes(m);
        jurisdictions(m);
        enumsAndFields(m);
        valuesAndTypes(m);
        structuredTargets(m);
        readerOnly(m);
        return m.stream();
    }

    private static void years(List<Mutation> m) {
        m.add(row("baseYear 1948", "/baseYear", "1948", BOTH));
        m.add(row("baseYear 1949", "/baseYear", "1949", NEITHER));
        m.add(row("baseYear 2101", "/baseYear", "2101", BOTH));
        m.add(row("visionYear 2100", "/visionYear", "2100", NEITHER));
        m.add(row("visionYear 2101", "/visionYear", "2101", BOTH));
        m.add(row("visionYear 999", "/visionYear", "999", BOTH));
        m.add(row("horizonYear 1948", GOAL + "/horizonYear", "1948", BOTH));
        m.add(row("horizonYear 2101", GOAL + "/horizonYear", "2101", BOTH));
        m.add(row("baseline year 1948", BASELINE + "/year", "1948", BOTH));
        m.add(row("baseline year 2101", BASELINE + "/year", "2101", BOTH));
        m.add(row("target year 2101", TARGET + "/year", "2101", BOTH));
        m.add(row("target year 1948 (both versions)", TARGET, """
                {"year": 1948, "target": "120", "revisedFrom": {"original": {"year": 1948, "target": "100"},
                 "date": "2022-06-30", "reason": "规划中期调整"}}""", BOTH));
        m.add(row("revised target's original year 1948", TARGET + "/revisedFrom/original/year", "1948", BOTH));
        // The model's year constraints do not reach into a revision: the replaced baseline has any four-digit year.
        m.add(row("revised baseline's original year 1948", BASELINE + "/revisedFrom/original/year", "1948", NEITHER));
        m.add(row("revised baseline's original year 999", BASELINE + "/revisedFrom/original/year", "999", BOTH));
        m.add(row("year as a string", "/baseYear", "\"2020\"", BOTH));
        m.add(row("year with a fraction", TARGET + "/year", "2025.5", BOTH));
        m.add(row("period 2021-25", "/period", "\"2021-25\"", BOTH));
        m.add(row("period 0999-2025", "/period", "\"0999-2025\"", BOTH));
        m.add(row("period in full-width digits", "/period", "\"２０２１-２０２５\"", BOTH));
        m.add(row("period 2021—2025 with a dash", "/period", "\"2021—2025\"", BOTH));
        m.add(row("period of one year", "/period", "\"2021\"", READER_ONLY)); // targets outside it (P104)
        m.add(row("date 2022-13-01", BASELINE + "/revisedFrom/date", "\"2022-13-01\"", BOTH));
        m.add(row("date 2022-6-30", BASELINE + "/revisedFrom/date", "\"2022-6-30\"", BOTH));
        m.add(row("date 2022/06/30", TARGET + "/revisedFrom/date", "\"2022/06/30\"", BOTH));
        m.add(row("date 2024-02-29", TARGET + "/revisedFrom/date", "\"2024-02-29\"", NEITHER));
    }

    private static void texts(List<Mutation> m) {
        m.add(row("title of 200 characters", "/title", str("规".repeat(200)), NEITHER));
        m.add(row("title of 201 characters", "/title", str("规".repeat(201)), BOTH));
        m.add(row("title empty", "/title", "\"\"", BOTH));
        m.add(row("title of spaces", "/title", "\" \\u3000\\t\"", BOTH));
        m.add(row("title of a control character", "/title", "\"\\u0001\"", NEITHER));
        m.add(row("title of a no-break space", "/title", "\"\\u00a0\"", NEITHER));
        m.add(row("jurisdiction name of 100 characters", "/jurisdiction/name", str("区".repeat(100)), NEITHER));
        m.add(row("jurisdiction name of 101 characters", "/jurisdiction/name", str("区".repeat(101)), BOTH));
        m.add(row("part title of 501 characters", PART + "/title", str("篇".repeat(501)), BOTH));
        m.add(row("section title blank", SECTION + "/title", "\"  \"", BOTH));
        m.add(row("goal id of 64 characters", GOAL + "/id", str("g".repeat(64)), NEITHER));
        m.add(row("goal id of 65 characters", GOAL + "/id", str("g".repeat(65)), BOTH));
        m.add(row("goal title of 501 characters", GOAL + "/title", str("目".repeat(501)), BOTH));
        m.add(row("goal description of 5001 characters", GOAL + "/description", str("述".repeat(5001)), BOTH));
        m.add(row("goal description blank", GOAL + "/description", "\"\\n\"", BOTH));
        m.add(row("indicator name of 200 characters", IND + "/name", str("指".repeat(200)), NEITHER));
        m.add(row("indicator name of 201 characters", IND + "/name", str("指".repeat(201)), BOTH));
        m.add(row("indicator name blank", IND + "/name", "\"\\u3000\"", BOTH));
        m.add(row("category of 51 characters", IND + "/category", str("类".repeat(51)), BOTH));
        m.add(row("category of a control character", IND + "/category", "\"\\u0001\"", NEITHER));
        m.add(row("lead agency of 201 characters", IND + "/leadAgency", str("局".repeat(201)), BOTH));
        m.add(row("co-agency of 201 characters", IND + "/coAgencies/0", str("局".repeat(201)), BOTH));
        m.add(row("co-agency blank", IND + "/coAgencies/1", "\" \"", BOTH));
        m.add(row("baseline note blank", BASELINE + "/note", "\"\"", BOTH));
        m.add(row("revision reason blank", TARGET + "/revisedFrom/reason", "\" \"", BOTH));
        m.add(row("source blank", IND + "/source", "\"\"", BOTH));
        m.add(row("target text blank", TARGET + "/target", "\"\\t\"", BOTH));
        // Java counts a character outside the BMP twice (UTF-16), JSON Schema once (code points).
        m.add(row("indicator name of 150 characters beyond the BMP", IND + "/name", str("𠀀".repeat(150)),
                READER_ONLY));
    }

    private static void codes(List<Mutation> m) {
        m.add(row("indicator code of 32 characters", IND + "/code", str("指标-1.2_" + "a".repeat(25)), NEITHER));
        m.add(row("indicator code of 33 characters", IND + "/code", str("a".repeat(33)), BOTH));
        m.add(row("indicator code in full-width digits", IND + "/code", "\"１.２\"", NEITHER));
        m.add(row("indicator code with a space", IND + "/code", "\"GDP 1\"", BOTH));
        m.add(row("indicator code with a slash", IND + "/code", "\"1/2\"", BOTH));
        m.add(row("indicator code empty", IND + "/code", "\"\"", BOTH));
        m.add(row("division code of 7 digits", "/jurisdiction/code", "\"5101130\"", BOTH));
        m.add(row("division code with a space", "/jurisdiction/code", "\" 510113\"", BOTH));
        m.add(row("division code in full-width digits", "/jurisdiction/code", "\"５１０１１３\"", BOTH));
        m.add(row("division code as a number", "/jurisdiction/code", "510113", BOTH));
        m.add(row("division code with prefix 00", "/jurisdiction/code", "\"000113\"", BOTH));
        m.add(row("division code with prefix 16", "/jurisdiction/code", "\"160113\"", BOTH));
        m.add(row("division code with prefix 82 (Macao)", "/jurisdiction", """
                {"name": "澳门特别行政区", "level": "province", "code": "820000"}""", NEITHER));
        m.add(row("county code without a city part", "/jurisdiction/code", "\"510013\"", BOTH));
        m.add(row("county with a city's code", "/jurisdiction/code", "\"510100\"", BOTH));
        m.add(row("county with a province's code", "/jurisdiction/code", "\"510000\"", BOTH));
        m.add(row("city with a county's code", "/jurisdiction", """
                {"name": "成都市", "level": "city", "code": "510113"}""", BOTH));
        m.add(row("city with its code", "/jurisdiction", """
                {"name": "成都市", "level": "city", "code": "510100"}""", NEITHER));
        m.add(row("province with a city's code", "/jurisdiction", """
                {"name": "四川省", "level": "province", "code": "510100"}""", BOTH));
        m.add(row("county without a code", "/jurisdiction/code", null, NEITHER));
        m.add(row("nation with a code", "/jurisdiction", """
                {"name": "中华人民共和国", "level": "national", "code": "110000"}""", BOTH));
    }

    private static void jurisdictions(List<Mutation> m) {
        m.add(row("zone", "/jurisdiction", ZONE, NEITHER));
        m.add(zone("zone with a code", "/jurisdiction/code", "\"510100\"", BOTH));
        m.add(row("county with components", "/jurisdiction/components", """
                [{"name": "片区", "parent": {"name": "成都市", "level": "city", "code": "510100"}}]""", BOTH));
        m.add(row("county with no components", "/jurisdiction/components", "[]", NEITHER));
        m.add(zone("component area negative", COMPONENT + "/area", "\"-1293平方公里\"", BOTH));
        m.add(zone("component area zero", COMPONENT + "/area", "\"0平方公里\"", NEITHER));
        m.add(zone("component area without a unit", COMPONENT + "/area", "\"1293\"", BOTH));
        m.add(zone("component area as a number", COMPONENT + "/area", "1293", BOTH));
        m.add(zone("component area in 万元", COMPONENT + "/area", "\"1293万元\"", READER_ONLY));
        m.add(zone("component area in 公顷, full-width", COMPONENT + "/area", "\"１２９３００公顷\"", NEITHER));
        m.add(zone("component parent county with a city's code", COMPONENT + "/parent/level", "\"county\"", BOTH));
        m.add(zone("component without a parent", COMPONENT + "/parent", null, BOTH));
        m.add(zone("component name blank", COMPONENT + "/name", "\" \"", BOTH));
        m.add(zone("two components of one name", "/jurisdiction/components/1/name", "\"成都片区\"", READER_ONLY));
        m.add(zone("component shared 3:7", COMPONENT + "/share", "\"3:7\"", NEITHER));
        m.add(zone("component shared 0:10, nothing for the zone", COMPONENT + "/share", "\"0:10\"", READER_ONLY));
        m.add(zone("component share not a ratio", COMPONENT + "/share", "\"30%\"", READER_ONLY));
        m.add(zone("component share as a number", COMPONENT + "/share", "0.3", BOTH));
        // The model's declared constraints reach the plan's own jurisdiction, not a zone's parents.
        m.add(zone("component parent name of 150 characters", COMPONENT + "/parent/name", str("市".repeat(150)),
                NEITHER));
    }

    private static void enumsAndFields(List<Mutation> m) {
        m.add(row("formatVersion 2", "/formatVersion", "2", BOTH));
        m.add(row("formatVersion \"1\"", "/formatVersion", "\"1\"", BOTH));
        m.add(row("kind five-year-plan", "/kind", "\"five-year-plan\"", BOTH));
        m.add(row("status final", "/status", "\"final\"", BOTH));
        m.add(row("jurisdiction level district", "/jurisdiction/level", "\"district\"", BOTH));
        m.add(row("part level volume", PART + "/level", "\"volume\"", BOTH));
        m.add(row("attribute constraint", IND + "/attribute", "\"constraint\"", BOTH));
        m.add(row("direction in upper case", IND + "/direction", "\"HIGHER_IS_BETTER\"", BOTH));
        m.add(row("measure rate", IND + "/measure", "\"rate\"", BOTH));
        m.add(row("accumulation total", IND + "/accumulation", "\"total\"", BOTH));
        m.add(row("structured kind between", RANGE + "/kind", "\"between\"", BOTH));
        m.add(row("change direction up", CHANGE + "/direction", "\"up\"", BOTH));
        m.add(row("comparison same", RELATIVE + "/comparison", "\"same\"", BOTH));
        m.add(row("referenceKind city", RELATIVE + "/referenceKind", "\"city\"", BOTH));
        m.add(row("referenceKind region", RELATIVE + "/referenceKind", "\"region\"", NEITHER));
        m.add(row("target accumulation total", RANGE + "/accumulation", "\"total\"", BOTH));
        for (String[] unknown : new String[][] {{"plan", ""}, {"jurisdiction", "/jurisdiction"},
                {"part", PART}, {"goal", GOAL}, {"indicator", IND}, {"baseline", BASELINE}, {"target", TARGET},
                {"revision", TARGET + "/revisedFrom"}, {"range target", RANGE}, {"relative target", RELATIVE},
                {"delegated target", DELEGATED}, {"qualitative target", QUALITATIVE}}) {
            m.add(row("unknown field in the " + unknown[0], unknown[1] + "/remark", "\"备注\"", BOTH));
        }
        m.add(row("a bound target's field in a delegated target", DELEGATED + "/value", "\"5\"", BOTH));
        m.add(zone("unknown field in a component", COMPONENT + "/population", "100", BOTH));
        for (String[] missing : new String[][] {{"formatVersion", "/formatVersion"}, {"title", "/title"},
                {"jurisdiction", "/jurisdiction"}, {"kind", "/kind"}, {"status", "/status"}, {"period", "/period"},
                {"baseYear", "/baseYear"}, {"jurisdiction name", "/jurisdiction/name"},
                {"jurisdiction level", "/jurisdiction/level"}, {"part level", PART + "/level"},
                {"part title", CHAPTER + "/title"}, {"goal id", GOAL + "/id"}, {"goal title", GOAL + "/title"},
                {"indicator name", IND + "/name"}, {"baseline year", BASELINE + "/year"},
                {"baseline value", BASELINE + "/value"}, {"target year", TARGET + "/year"},
                {"target", TARGET + "/target"}, {"revision original", TARGET + "/revisedFrom/original"},
                {"revision date", BASELINE + "/revisedFrom/date"}, {"revision reason", TARGET + "/revisedFrom/reason"},
                {"structured kind", RANGE + "/kind"}, {"range high", RANGE + "/high"},
                {"approximate value", APPROXIMATELY + "/value"}, {"change direction", CHANGE + "/direction"},
                {"relative references", RELATIVE + "/references"}, {"relative comparison", RELATIVE + "/comparison"},
                {"delegated authority", DELEGATED + "/authority"}, {"qualitative text", QUALITATIVE + "/text"}}) {
            m.add(row("missing " + missing[0], missing[1], null, BOTH));
        }
        m.add(row("optional properties left out", IND, """
                {"name": "集装箱吞吐量"}""", NEITHER));
    }

    private static void valuesAndTypes(List<Mutation> m) {
        m.add(row("title a number", "/title", "5", BOTH));
        m.add(row("title null", "/title", "null", BOTH));
        m.add(row("parts an object", "/parts", "{}", BOTH));
        m.add(row("part a string", "/parts/0", "\"第一篇\"", BOTH));
        m.add(row("coAgencies a string", IND + "/coAgencies", "\"区发展改革局\"", BOTH));
        m.add(row("baseline value a word", BASELINE + "/value", "\"五十\"", BOTH));
        m.add(row("baseline value empty", BASELINE + "/value", "\"\"", BOTH));
        m.add(row("baseline value a lone point", BASELINE + "/value", "\".万标箱\"", BOTH));
        m.add(row("baseline value 1e2 as a string", BASELINE + "/value", "\"1e2\"", BOTH));
        m.add(row("baseline value 1.5E3万标箱", BASELINE + "/value", "\"1.5E3万标箱\"", BOTH));
        m.add(row("baseline value true", BASELINE + "/value", "true", BOTH));
        m.add(row("baseline value with a minus sign U+2212", BASELINE + "/value", "\"\\u221250.5\"", NEITHER));
        m.add(row("baseline value in full-width", BASELINE + "/value", "\"＋５０．５万标箱\"", NEITHER));
        m.add(row("baseline value after spaces", BASELINE + "/value", "\"\\u3000 50.5 万标箱\"", NEITHER));
        m.add(row("baseline value after a zero-width space", BASELINE + "/value", "\"\\u200b50.5\"", NEITHER));
        m.add(row("baseline value .5", BASELINE + "/value", "\".5\"", NEITHER));
        m.add(row("baseline value - 0.5 with a space", BASELINE + "/value", "\"- 0.5\"", NEITHER));
        m.add(row("baseline value a JSON number", BASELINE + "/value", "50.50", NEITHER));
        m.add(row("baseline value of 40 digits", BASELINE + "/value", "\"" + "1".repeat(40) + "\"", NEITHER));
        m.add(row("baseline value 1e2", BASELINE + "/value", "1e2", READER_ONLY));
        m.add(row("baseline value of 41 digits", BASELINE + "/value", "\"" + "1".repeat(41) + "\"", READER_ONLY));
        m.add(row("baseline value a JSON number of 41 digits", BASELINE + "/value", "1" + "0".repeat(40),
                READER_ONLY));
        m.add(row("baseline value in an unknown unit", BASELINE + "/value", "\"50.5万箱子\"", READER_ONLY));
        m.add(row("baseline value in another kind of unit", BASELINE + "/value", "\"50.5亿元\"", READER_ONLY));
        m.add(row("baseline value 1.2.3", BASELINE + "/value", "\"1.2.3\"", READER_ONLY));
        m.add(row("indicator unit unknown", IND + "/unit", "\"箱子\"", READER_ONLY));
        m.add(row("indicator unit a number", IND + "/unit", "5", BOTH));
        m.add(row("indicator unit empty", GOAL + "/indicators/4/unit", "\"\"", NEITHER));
        m.add(row("roughly a string", RELATIVE + "/roughly", "\"true\"", BOTH));
    }

    private static void structuredTargets(List<Mutation> m) {
        m.add(row("change of -0.5", CHANGE + "/value", "\"-0.5\"", BOTH));
        m.add(row("change of -0.5 as a number", CHANGE + "/value", "-0.5", BOTH));
        m.add(row("change of −.5 with a minus sign", CHANGE + "/value", "\"\\u2212.5\"", BOTH));
        m.add(row("change of -0", CHANGE + "/value", "\"-0\"", NEITHER));
        m.add(row("change of -0.0 as a number", CHANGE + "/value", "-0.0", NEITHER));
        m.add(row("tolerance of -0.5", APPROXIMATELY + "/tolerance", "\"-0.5\"", BOTH));
        m.add(row("tolerance of -1 as a number", APPROXIMATELY + "/tolerance", "-1", BOTH));
        m.add(row("tolerance of 0", APPROXIMATELY + "/tolerance", "0", NEITHER));
        m.add(row("references empty", RELATIVE + "/references", "[]", BOTH));
        m.add(row("reference blank", RELATIVE + "/references/0", "\" \"", BOTH));
        m.add(row("roughly with higher", RELATIVE + "/comparison", "\"higher\"", BOTH));
        m.add(row("roughly false with higher", RELATIVE, """
                {"kind": "relative", "comparison": "higher", "references": ["集装箱吞吐量"], "roughly": false}""",
                NEITHER));
        m.add(row("delegated authority blank", DELEGATED + "/authority", "\"\"", BOTH));
        m.add(row("qualitative text blank", QUALITATIVE + "/text", "\"　\"", BOTH));
        m.add(row("a bound target of 6", GROWTH + "/targets/3/target/kind", "\"at_most\"", NEITHER));
        m.add(row("structured target unit a number", RANGE + "/unit", "1", BOTH));
        m.add(row("range low above high", RANGE + "/value", "\"8.0\"", READER_ONLY));
        m.add(row("range high in another kind of unit", RANGE + "/high", "\"7亿元\"", READER_ONLY));
        m.add(row("target text with two targets", GROWTH + "/targets/4/target", "\"6%、7%\"", READER_ONLY));
        m.add(row("target text not a target", GROWTH + "/targets/4/target", "\"6.0%—\"", READER_ONLY));
        m.add(row("section with children", SECTION + "/children", """
                [{"level": "section", "title": "一"}]""", BOTH));
        m.add(row("chapter with a part under it", CHAPTER + "/children/0/level", "\"part\"", BOTH));
        m.add(row("part with a part under it", PART + "/children/0/level", "\"part\"", BOTH));
        m.add(row("part with a section under it", PART + "/children/1", """
                {"level": "section", "title": "第一节"}""", NEITHER));
        m.add(row("chapter at the top", PART + "/level", "\"chapter\"", BOTH));
    }

    private static void readerOnly(List<Mutation> m) {
        m.add(row("visionYear in the period", "/visionYear", "2025", READER_ONLY));
        m.add(row("baseYear after the period", "/baseYear", "2026", READER_ONLY));
        m.add(row("period backwards", "/period", "\"2025-2021\"", READER_ONLY));
        m.add(row("target year not after the base year", GROWTH + "/targets/0/year", "2020", READER_ONLY));
        m.add(row("target year outside the period", GROWTH + "/targets/0/year", "2030", READER_ONLY));
        m.add(row("target year the vision year", GROWTH + "/targets/0/year", "2035", NEITHER));
        m.add(row("two targets for one year", GROWTH + "/targets/1/year", "2021", READER_ONLY));
        m.add(row("revised target's original for another year", TARGET + "/revisedFrom/original/year", "2024",
                READER_ONLY));
        m.add(row("revision dated 2022-02-30", TARGET + "/revisedFrom/date", "\"2022-02-30\"", READER_ONLY));
        m.add(row("two goals of one id", SECTION + "/goals/1", """
                {"id": "G1", "title": "另一个目标"}""", READER_ONLY));
        m.add(row("two indicators of one code", GOAL + "/indicators/1/code", "\"1\"", READER_ONLY));
        m.add(row("aggregation sum", IND + "/aggregation", "\"sum\"", NEITHER));
        m.add(row("aggregation 加权平均 by an indicator of the plan", IND + "/aggregation", "\"加权平均(地区生产总值增长)\"",
                NEITHER));
        m.add(row("aggregation weighted by no indicator of the plan", IND + "/aggregation",
                "\"weighted_mean(户籍人口)\"", READER_ONLY));
        m.add(row("aggregation average", IND + "/aggregation", "\"average\"", READER_ONLY));
        m.add(row("aggregation as a number", IND + "/aggregation", "1", BOTH));
        m.add(row("two indicators of one name in a goal", GOAL + "/indicators/4/name", "\"集装箱吞吐量\"",
                READER_ONLY));
        m.add(row("growth rate in 亿元", GROWTH + "/unit", "\"亿元\"", READER_ONLY));
        m.add(row("share over 100%", GOAL + "/indicators/5", """
                {"name": "森林覆盖率", "unit": "%", "baseline": {"year": 2020, "value": "120"}}""", READER_ONLY));
        m.add(row("target in another kind of unit", TARGET + "/target", "\"5亿元\"", READER_ONLY));
        m.add(row("source line 0", IND + "/source", "\"规划纲要:0\"", READER_ONLY));
        m.add(row("source with an empty section", IND + "/source", "\"规划纲要 §\"", READER_ONLY));
    }

    private static Mutation row(String name, String pointer, @Nullable String json, Expect expect) {
        return new Mutation(name, pointer, json, expect, false);
    }

    /** A row applied to the base document with its jurisdiction made a zone. */
    private static Mutation zone(String name, String pointer, @Nullable String json, Expect expect) {
        return new Mutation(name, pointer, json, expect, true);
    }

    static String str(String s) {
        return MAPPER.writeValueAsString(s);
    }
}
