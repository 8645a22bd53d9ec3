package cn.fundrisk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/**
 * Writes {@code docs/modules.md}: the feature packages, their dependencies as a Mermaid diagram
 * (pairs that depend on each other and the packages on a cycle marked) and the figures of issue 15.
 * The file is generated and committed; the test rewrites it when the code has moved on (then commit
 * it), so the figures in it are always the ones of the code beside it.
 */
@AnalyzeClasses(locations = MainClasses.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleDiagramTest {

    static final Path FILE = Path.of("docs", "modules.md");

    @ArchTest
    static void writes_the_module_diagram(JavaClasses classes) throws IOException {
        FeatureGraph graph = FeatureGraph.of(classes);
        String text = ModuleDiagram.markdown(graph, TypeCounts.of(classes));

        if (!Files.exists(FILE) || !Files.readString(FILE, StandardCharsets.UTF_8).equals(text)) {
            Files.writeString(FILE, text, StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(FILE, StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(graph.features()).as("every package under src/main/java/cn/fundrisk is a feature of the graph")
                .isEqualTo(sourcePackages());
        assertThat(text.lines().filter(line -> line.contains(" <==> ")).count())
                .as("each pair that depends on each other is one marked link")
                .isEqualTo(graph.mutualPairs().size());
        assertThat(text.lines().filter(line -> line.matches("  \\w+ --> \\w+")).count())
                .as("every other edge is one plain link")
                .isEqualTo(graph.edgeCount() - 2L * graph.mutualPairs().size());
        assertThat(Files.readString(Path.of("docs", "architecture.md"), StandardCharsets.UTF_8))
                .as("docs/architecture.md links the diagram").contains("(modules.md)");
    }

    private static SortedSet<String> sourcePackages() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of("src", "main", "java", "cn", "fundrisk"))) {
            return entries.filter(Files::isDirectory).map(path -> path.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Public and all top-level types of src/main (no nested, anonymous or local class). */
    record TypeCounts(int publicTypes, int allTypes) {

        static TypeCounts of(JavaClasses classes) {
            List<Boolean> topLevel = classes.stream()
                    .filter(type -> type.getPackageName().startsWith("cn.fundrisk") && type.isTopLevelClass())
                    .map(type -> type.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
                    .toList();
            return new TypeCounts((int) topLevel.stream().filter(Boolean::booleanValue).count(), topLevel.size());
        }
    }
}
