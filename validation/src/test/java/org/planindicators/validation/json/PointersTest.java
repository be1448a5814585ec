package org.planindicators.validation.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.validation.ImportOptions;
import org.planindicators.validation.Location;
import org.planindicators.validation.internal.PlanChecks;
import org.planindicators.validation.internal.json.DocumentReader;
import org.planindicators.validation.internal.json.Json;
import org.planindicators.validation.internal.json.OrderedProblems;
import org.planindicators.validation.internal.json.Pointers;

/** Model property paths and JSON pointers, and the locator {@link PlanChecks} is given. */
class PointersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                                                              | ''
            title                                                           | /title
            parts[0].goals[1].indicators[2].name                            | /parts/0/goals/1/indicators/2/name
            parts[0].goals[1].indicators[2].targets[0]                      | /parts/0/goals/1/indicators/2/targets/0
            parts[0].goals[1].indicators[2].targets[0].expression           | /parts/0/goals/1/indicators/2/targets/0/target
            parts[0].goals[0].indicators[0].targets[0].expression.low       | /parts/0/goals/0/indicators/0/targets/0/target/value
            parts[0].goals[0].indicators[0].targets[0].revisedFrom.original.expression | /parts/0/goals/0/indicators/0/targets/0/revisedFrom/original/target
            parts[0].goals[0].indicators[0].coAgencies[1].<list element>    | /parts/0/goals/0/indicators/0/coAgencies/1
            jurisdiction.components[1].parent.code                          | /jurisdiction/components/1/parent/code
            parts[0].children[0].children[1].title                          | /parts/0/children/0/children/1/title
            """)
    void pathsMapToPointers(String path, String pointer) {
        assertThat(Pointers.ofPath(path)).isEqualTo(pointer);
    }

    @Test
    void referenceTokensAreEscaped() {
        assertThat(Pointers.child("/a", "x/y~z")).isEqualTo("/a/x~1y~0z");
        assertThat(Pointers.lastToken("/a/x~1y~0z")).isEqualTo("x/y~z");
        assertThat(Pointers.parent("/a/b/0")).isEqualTo("/a/b");
        assertThat(Pointers.parent("/a")).isEmpty();
    }

    @Test
    void theLocatorGivesTheNodeOrItsNearestAncestorInTheDocument() {
        String file = "qbj.json";
        OrderedProblems problems = new OrderedProblems(file, 10);
        DocumentReader.Document doc = DocumentReader.read(Fixtures.text(Fixtures.QINGBAIJIANG), file, problems,
                ImportOptions.DEFAULT_MAX_FILE_BYTES);
        Json.Obj root = doc.root();
        assertThat(root).isNotNull();
        PlanChecks.Locator locator = Pointers.locator(file, root);
        assertThat(locator.locate("")).isEqualTo(Location.ofPointer(file, "", 1, 1));
        assertThat(locator.locate("visionYear")).isEqualTo(Location.ofPointer(file, "/visionYear", 13, 17));
        String indicator = "parts[0].children[0].goals[0].indicators[0]";
        assertThat(locator.locate(indicator + ".name"))
                .isEqualTo(Location.ofPointer(file, "/parts/0/children/0/goals/0/indicators/0/name", 30, 27));
        assertThat(locator.locate(indicator + ".targets[0].expression"))
                .isEqualTo(Location.ofPointer(file, "/parts/0/children/0/goals/0/indicators/0/targets/0/target",
                        39, 33));
        // Not written (no code, the unit's inner parts): the nearest node that is.
        assertThat(locator.locate(indicator + ".code").pointer())
                .isEqualTo("/parts/0/children/0/goals/0/indicators/0");
        assertThat(locator.locate(indicator + ".targets[0].expression.value.unit").pointer())
                .isEqualTo("/parts/0/children/0/goals/0/indicators/0/targets/0/target");
        assertThat(locator.locate("period.lastYear").pointer()).isEqualTo("/period");
    }
}
