package dev.kehu.retention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.kehu.testsupport.KafkaAndPostgresResource;
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
        String join = collection.contains("?") ? "&" : "?";
        for (String beyond : new String[] {"page=2147483647", "page=2147483647&size=100", "page=1001&size=100",
                "page=100001&size=1", "page=5001"}) {
            given().get(collection + join + beyond).then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400)).body("errors.field", hasItem("page"));
        }
        // the last page served: empty past the data, or 404 for a client the service does not know
        given().get(collection + join + "page=1000&size=100").then().statusCode(oneOf(200, 404));
        given().get(collection + join + "page=5000").then().statusCode(oneOf(200, 404));
    }
}
