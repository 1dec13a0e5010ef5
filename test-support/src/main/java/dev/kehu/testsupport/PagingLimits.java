package dev.kehu.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;

/**
 * Every collection endpoint pages within {@code page × size ≤ 100,000} (docs/contract.md "Paging"):
 * beyond it, and at a page number whose offset would overflow an int, a 400 naming {@code page},
 * never a 500; the last page within the limit is served.
 */
public final class PagingLimits {

    private PagingLimits() {
    }

    public static void assertBounded(String collection) {
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
