package dev.kehu.retention;

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
        initArgs = @ResourceArg(name = "database", value = "retention"))
class PagingLimitTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/api/v1/retention-tasks",
            "/api/v1/reactivation-campaigns",
            "/api/v1/churn-risks",
            "/api/v1/reactivation-candidates",
            "/api/v1/clients/it-paging-1/contacts",
            "/api/v1/contacts/due",
    })
    void aPageBeyondTheLimitIsA400NamingPageAndTheLastOneIsServed(String collection) {
        PagingLimits.assertBounded(collection);
    }
}
