package dev.kehu.console.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.kehu.console.RealSuite;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The codes the pages offer come from the real services' OpenAPI documents, and every one of them
 * has a Chinese and an English label in the console's bundles: a service that adds a code fails
 * this test until the console can name it.
 */
@QuarkusTest
@WithTestResource(value = RealSuite.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CodeListsTest {

    @Inject
    CodeLists codes;

    @Test
    void everyCodeTheServicesOfferHasAChineseAndAnEnglishLabel() throws IOException {
        Properties zh = bundle("zh");
        Properties en = bundle("en");
        for (CodeList list : CodeList.values()) {
            assertThat(codes.get(list)).as(list + " from " + list.service.serviceName).isNotEmpty().allSatisfy(code -> {
                String key = list.labelKind + "." + code;
                assertThat(zh.getProperty(key)).as("zh " + key).isNotBlank();
                assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
            });
        }
        assertThat(codes.get(CodeList.LSCPA_STEP)).as("in the service's order").startsWith("LISTEN");
        assertThat(codes.get(CodeList.SEGMENT)).hasSize(9).contains("LARGE_SHORT_TERM", "SMALL_STATIC");
    }

    static Properties bundle(String lang) throws IOException {
        try (InputStream in = CodeListsTest.class.getClassLoader().getResourceAsStream("i18n/messages_" + lang + ".properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
