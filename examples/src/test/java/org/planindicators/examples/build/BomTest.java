package org.planindicators.examples.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The bill of materials has no parent, so nothing keeps it in step with the build but this test: the same version
 * and Jackson release as the parent, and a managed entry for every module that is published (every module but the
 * benchmarks, the consumer builds and the BOM itself).
 */
class BomTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void theBomPinsEveryPublishedModuleAtTheProjectsVersionAndTheParentsJackson() throws Exception {
        Document parent = read(ROOT.resolve("pom.xml"));
        Document bom = read(ROOT.resolve("bom/pom.xml"));

        assertThat(child(bom.getDocumentElement(), "version")).isEqualTo(child(parent.getDocumentElement(), "version"));
        assertThat(property(bom, "jackson.version")).isEqualTo(property(parent, "jackson.version"));

        List<String> managed = new ArrayList<>();
        NodeList deps = bom.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            if (child(d, "groupId").equals("org.planindicators")) {
                managed.add(child(d, "artifactId"));
                assertThat(child(d, "version")).isEqualTo("${project.version}");
            }
        }
        List<String> published = new ArrayList<>();
        NodeList modules = parent.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            String module = modules.item(i).getTextContent().trim();
            Path pom = ROOT.resolve(module).resolve("pom.xml");
            Document m = read(pom);
            String skip = property(m, "maven.deploy.skip");
            if (!module.equals("bom") && !"true".equals(skip)) {
                published.add(child(m.getDocumentElement(), "artifactId"));
            }
        }
        assertThat(published).contains("plan-indicators-core", "plan-indicators-validation", "plan-indicators-cli");
        assertThat(managed).containsAll(published);
    }

    private static Document read(Path pom) throws Exception {
        assertThat(pom).exists();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(Files.newInputStream(pom));
    }

    private static String property(Document pom, String name) {
        NodeList found = pom.getElementsByTagName(name);
        return found.getLength() == 0 ? null : found.item(0).getTextContent().trim();
    }

    private static String child(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name)) {
                return c.getTextContent().trim();
            }
        }
        return "";
    }
}
