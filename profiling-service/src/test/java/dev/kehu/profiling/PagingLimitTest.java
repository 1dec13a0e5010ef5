package dev.kehu.profiling;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.kehu.testsupport.KafkaAndPostgresResource;
import dev.kehu.testsupport.PagingLimits;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every collection endpoint pages within {@code page × size ≤ 100,000} (docs/contract.md "Paging"): beyond it,
 * and at a page number whose offset would overflow an int, a 400 naming {@code page}, never a 500.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "profiling"))
class PagingLimitTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/api/v1/clients/it-paging-1/risk-assessments",
            "/api/v1/clients/it-paging-1/service-surveys",
            "/api/v1/clients/it-paging-1/suitability-checks",
            "/api/v1/risk-assessments/due?before=2030-01-01",
            "/api/v1/profiles",
            "/api/v1/products",
    })
    void aPageBeyondTheLimitIsA400NamingPageAndTheLastOneIsServed(String collection) {
        PagingLimits.assertBounded(collection);
    }
}
