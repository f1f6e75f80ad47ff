package dev.cordon.examples.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every Maven snippet of the READMEs builds as written in a fresh project: it imports
 * {@code cordon-bom} at this version, names Cordon's artifacts without versions, every one of them
 * is managed by the BOM and built by this reactor, and every other dependency carries its version.
 *
 * <p>Why a check of the coordinates against the reactor rather than a Maven build of a sample
 * project: CI runs {@code mvn verify} on a clean machine where no Cordon artifact is in a
 * repository; building a sample would need the invoker plugin to install the reactor and download
 * every plugin into a repository under {@code target/} on each clean build. What the sample's
 * Java would compile against is this module's test class path, and the README's Java is compiled
 * and run by {@code EmbeddingExampleTest} and the module tests.
 */
class ReadmeSnippetsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final List<String> READMES =
      List.of("README.md", "tck/README.md", "adapters-jdbc/README.md", "adapters-csv/README.md",
          "adapters-xlsx/README.md");
  private static final Pattern XML_BLOCK = Pattern.compile("```xml\\n(.*?)```", Pattern.DOTALL);

  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String child(Element e, String name) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getTagName().equals(name)) {
        return c.getTextContent().trim();
      }
    }
    return null;
  }

  private static Element childElement(Element e, String name) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getTagName().equals(name)) {
        return c;
      }
    }
    return null;
  }

  private static List<Element> dependencies(Element container) {
    List<Element> out = new ArrayList<>();
    Element deps = container == null ? null : childElement(container, "dependencies");
    if (deps == null) {
      return out;
    }
    NodeList l = deps.getElementsByTagName("dependency");
    for (int i = 0; i < l.getLength(); i++) {
      out.add((Element) l.item(i));
    }
    return out;
  }

  private static String version() throws Exception {
    return child(xml(Files.readString(ROOT.resolve("pom.xml"))).getDocumentElement(), "version");
  }

  /** The artifactIds the BOM manages. */
  private static Set<String> managedByTheBom() throws Exception {
    Element bom = xml(Files.readString(ROOT.resolve("bom/pom.xml"))).getDocumentElement();
    Set<String> ids = new LinkedHashSet<>();
    for (Element d : dependencies(childElement(bom, "dependencyManagement"))) {
      assertThat(child(d, "groupId")).isEqualTo("dev.cordon");
      assertThat(child(d, "version")).isEqualTo("${project.version}");
      ids.add(child(d, "artifactId"));
    }
    assertThat(child(bom, "version")).as("cordon-bom's version").isEqualTo(version());
    return ids;
  }

  /** The artifactIds of the reactor's library modules: those that publish sources and javadoc. */
  private static Set<String> libraryModules() throws Exception {
    Set<String> ids = new LinkedHashSet<>();
    NodeList modules = xml(Files.readString(ROOT.resolve("pom.xml"))).getElementsByTagName("module");
    for (int i = 0; i < modules.getLength(); i++) {
      String pom = Files.readString(ROOT.resolve(modules.item(i).getTextContent().trim()).resolve("pom.xml"));
      if (pom.contains("<cordon.publish.skip>false</cordon.publish.skip>")) {
        ids.add(child(xml(pom).getDocumentElement(), "artifactId"));
      }
    }
    return ids;
  }

  @Test
  void theBomManagesExactlyTheLibraryModules() throws Exception {
    assertThat(managedByTheBom()).containsExactlyInAnyOrderElementsOf(libraryModules());
  }

  @Test
  void everyReadmeSnippetImportsTheBomAndNamesOnlyManagedCordonArtifacts() throws Exception {
    Set<String> managed = managedByTheBom();
    String version = version();
    int snippets = 0;
    for (String readme : READMES) {
      Matcher m = XML_BLOCK.matcher(Files.readString(ROOT.resolve(readme), StandardCharsets.UTF_8));
      while (m.find()) {
        if (!m.group(1).contains("<dependency>")) {
          continue;
        }
        snippets++;
        String where = readme + " snippet " + snippets;
        // as pasted into a fresh project's pom
        Element project = xml("<project><modelVersion>4.0.0</modelVersion><groupId>com.example</groupId>"
            + "<artifactId>app</artifactId><version>1</version>" + m.group(1) + "</project>").getDocumentElement();
        List<Element> imports = dependencies(childElement(project, "dependencyManagement"));
        assertThat(imports).as(where + ": imports cordon-bom").anySatisfy(d -> {
          assertThat(child(d, "groupId")).isEqualTo("dev.cordon");
          assertThat(child(d, "artifactId")).isEqualTo("cordon-bom");
          assertThat(child(d, "version")).isEqualTo(version);
          assertThat(child(d, "type")).isEqualTo("pom");
          assertThat(child(d, "scope")).isEqualTo("import");
        });
        List<Element> deps = dependencies(project);
        assertThat(deps).as(where + ": names a dependency").isNotEmpty();
        for (Element d : deps) {
          String coordinates = child(d, "groupId") + ":" + child(d, "artifactId");
          if ("dev.cordon".equals(child(d, "groupId"))) {
            assertThat(child(d, "version")).as(where + ": " + coordinates + " takes its version from the BOM").isNull();
            assertThat(managed).as(where + ": " + coordinates + " is managed by cordon-bom").contains(child(d, "artifactId"));
          } else {
            assertThat(child(d, "version")).as(where + ": " + coordinates + " is not Cordon's, so it names its version")
                .isNotBlank();
          }
        }
      }
    }
    assertThat(snippets).as("Maven snippets found").isGreaterThanOrEqualTo(READMES.size());
  }

  @Test
  void theCsvImporterReadmeNamesAStorageThatKeepsTheRows() throws IOException {
    String csv = Files.readString(ROOT.resolve("adapters-csv/README.md"), StandardCharsets.UTF_8);
    assertThat(csv).contains("<artifactId>cordon-adapters-csv</artifactId>")
        .contains("<artifactId>cordon-adapters-jdbc</artifactId>");
  }
}
