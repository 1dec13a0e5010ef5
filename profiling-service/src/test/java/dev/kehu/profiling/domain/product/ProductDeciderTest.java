package dev.kehu.profiling.domain.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kehu.profiling.domain.questionnaire.Labels;

/** The catalogue's rules, given/when/then without infrastructure. */
class ProductDeciderTest {

    static final ProductDecider D = ProductDecider.INSTANCE;
    static final Instant T = Instant.parse("2026-03-01T00:00:00Z");
    static final ProductDetails R2 = new ProductDetails(new Labels("债基", "Bond fund"), RiskLevel.R2, "FUND",
            Horizon.MEDIUM, true);

    @Test
    void theFirstPutRegistersTheSameOneRecordsNothingAChangeKeepsTheOldRiskLevel() {
        List<ProductEvent> first = D.decide(new ProductCommand("P1", R2, T), D.initialState());
        assertInstanceOf(ProductEvent.ProductRegistered.class, first.get(0));
        Product registered = D.evolve(D.initialState(), first.get(0));
        assertEquals(1, registered.version());
        assertEquals(List.of(), D.decide(new ProductCommand("P1", R2, T), registered));

        ProductDetails r4 = new ProductDetails(R2.name(), RiskLevel.R4, "FUND", null, false);
        ProductEvent.ProductChanged changed = (ProductEvent.ProductChanged) D.decide(new ProductCommand("P1", r4, T),
                registered).get(0);
        assertEquals(RiskLevel.R2, changed.previousRiskLevel());
        Product now = D.evolve(registered, changed);
        assertEquals(RiskLevel.R4, now.details().riskLevel());
        assertEquals(2, now.version());
    }
}
