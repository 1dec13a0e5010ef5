package dev.kehu.segmentation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.languages.JavaClientCodegen;

import com.fasterxml.jackson.databind.JsonNode;

import dev.kehu.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 12: a client generated from the live {@code /q/openapi} is usable. openapi-generator's Java client
 * ({@code native} library: java.net.http + Jackson) is generated into {@code target/generated-client}, has one
 * method per operationId, and compiles.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "segmentation"))
class GeneratedClientTest {

    static final Path OUT = Path.of("target", "generated-client");
    static final Pattern METHOD = Pattern.compile("public \\S+(?:<[^>]*>)? (\\w+)\\(");

    @Test
    void aJavaClientGeneratedFromTheLiveDocumentHasEveryOperationAndCompiles() throws IOException {
        JsonNode api = OpenApiContractTest.liveDocument();
        List<String> operationIds = new ArrayList<>();
        OpenApiContractTest.apiOperations(api).values().forEach(op -> operationIds.add(op.path("operationId").asText()));
        assertFalse(operationIds.isEmpty());

        deleteRecursively(OUT);
        CodegenConfigurator configurator = new CodegenConfigurator()
                .setInputSpec(Path.of("target", "openapi", "segmentation-service.json").toAbsolutePath().toString())
                .setGeneratorName("java")
                .setLibrary("native")
                .setOutputDir(OUT.toAbsolutePath().toString())
                .setApiPackage("dev.kehu.client.segmentation.api")
                .setModelPackage("dev.kehu.client.segmentation.model")
                .setInvokerPackage("dev.kehu.client.segmentation")
                .setValidateSpec(true)
                .setAdditionalProperties(Map.of("openApiNullable", false, "useJakartaEe", true,
                        "annotationLibrary", "none", "hideGenerationTimestamp", true));
        List<File> files = new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
        assertFalse(files.isEmpty(), "nothing generated");

        // one generated method per operationId (the synchronous one; native also has ...WithHttpInfo)
        Path apiDir = OUT.resolve("src/main/java/dev/kehu/client/segmentation/api");
        TreeSet<String> methods = new TreeSet<>();
        try (Stream<Path> apis = Files.list(apiDir)) {
            for (Path file : apis.filter(p -> p.toString().endsWith("Api.java")).toList()) {
                Matcher m = METHOD.matcher(Files.readString(file));
                while (m.find()) {
                    methods.add(m.group(1));
                }
            }
        }
        assertTrue(Files.exists(apiDir.resolve("SegmentsApi.java")), "the segments tag is one API class");
        // named as the generator names them (a Java keyword such as the library's "list" becomes callList)
        JavaClientCodegen naming = new JavaClientCodegen();
        List<String> missing = operationIds.stream().filter(id -> !methods.contains(naming.toOperationId(id))).toList();
        assertEquals(List.of(), missing, "operations without a generated method; generated: " + methods);
        assertTrue(Files.readString(OUT.resolve("src/main/java/dev/kehu/client/segmentation/model/ClientSegment.java"))
                .contains("getAverageAssets"), "the segment is a typed model");

        // and it compiles against Jackson alone (on this test's classpath)
        List<String> sources;
        try (Stream<Path> all = Files.walk(OUT.resolve("src/main/java"))) {
            sources = all.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
        }
        Path classes = OUT.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        java.io.ByteArrayOutputStream diagnostics = new java.io.ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none", "-nowarn",
                "-classpath", System.getProperty("java.class.path")));
        args.addAll(sources);
        int exit = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
        assertEquals(0, exit, diagnostics.toString());
        assertTrue(Files.exists(classes.resolve("dev/kehu/client/segmentation/api/SegmentsApi.class")));
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
