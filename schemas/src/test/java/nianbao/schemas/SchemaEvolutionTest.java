package nianbao.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps every event schema BACKWARD compatible (the registry's mode): the current schema must read data written with
 * each earlier version kept under src/test/resources/schema-history/<Event>/v<N>.avsc. When a schema changes, copy
 * the released version there first.
 */
class SchemaEvolutionTest {

    @TestFactory
    Stream<DynamicTest> currentSchemasReadEveryEarlierVersion() {
        return Topics.ALL.stream().flatMap(topic -> {
            Schema current = SpecificData.get().getSchema(topic.valueType());
            List<Path> history = history(topic.valueType().getSimpleName());
            assertThat(history).as("released versions of %s", topic.valueType().getSimpleName()).isNotEmpty();
            return history.stream().map(version -> DynamicTest.dynamicTest(
                    topic.valueType().getSimpleName() + " reads " + version.getFileName(),
                    () -> assertThat(backward(current, parse(version))).isEqualTo(SchemaCompatibilityType.COMPATIBLE)));
        });
    }

    @Test
    void aFieldAddedWithoutDefaultIsCaught() {
        Schema v1 = new Schema.Parser().parse("""
                {"type":"record","name":"E","fields":[{"name":"a","type":"string"}]}""");
        Schema withoutDefault = new Schema.Parser().parse("""
                {"type":"record","name":"E","fields":[{"name":"a","type":"string"},{"name":"b","type":"string"}]}""");
        Schema withDefault = new Schema.Parser().parse("""
                {"type":"record","name":"E","fields":[{"name":"a","type":"string"},
                 {"name":"b","type":["null","string"],"default":null}]}""");
        assertThat(backward(withoutDefault, v1)).isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
        assertThat(backward(withDefault, v1)).isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    @Test
    void everyEnumHasTheDefaultSymbolUnknown() {
        for (Topic<?> topic : Topics.ALL) {
            assertEnumsHaveDefault(SpecificData.get().getSchema(topic.valueType()), new java.util.HashSet<>());
        }
    }

    private static void assertEnumsHaveDefault(Schema schema, java.util.Set<String> seen) {
        switch (schema.getType()) {
            case ENUM -> assertThat(schema.getEnumDefault()).as(schema.getFullName()).isEqualTo("UNKNOWN");
            case RECORD -> {
                if (seen.add(schema.getFullName())) schema.getFields().forEach(f -> assertEnumsHaveDefault(f.schema(), seen));
            }
            case ARRAY -> assertEnumsHaveDefault(schema.getElementType(), seen);
            case MAP -> assertEnumsHaveDefault(schema.getValueType(), seen);
            case UNION -> schema.getTypes().forEach(t -> assertEnumsHaveDefault(t, seen));
            default -> { }
        }
    }

    private static SchemaCompatibilityType backward(Schema reader, Schema writer) {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType();
    }

    private static Schema parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }

    private static List<Path> history(String event) {
        URL dir = SchemaEvolutionTest.class.getResource("/schema-history/" + event);
        if (dir == null) return List.of();
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.filter(p -> p.toString().endsWith(".avsc")).sorted().toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
