package dev.kehu.profiling.domain.product;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

import dev.kehu.profiling.domain.questionnaire.Labels;
import dev.kehu.testsupport.decider.DeciderScenario;

/** The catalogue's rules, given/when/then without infrastructure. */
class ProductDeciderTest {

    static final ProductDecider D = ProductDecider.INSTANCE;
    static final Instant T = Instant.parse("2026-03-01T00:00:00Z");
    static final ProductDetails R2 = new ProductDetails(new Labels("债基", "Bond fund"), RiskLevel.R2, "FUND",
            Horizon.MEDIUM, true);

    static final DeciderScenario<Product, ProductCommand, ProductEvent> PRODUCT =
            DeciderScenario.of(D::initialState, D::evolve, D::decide);

    @Test
    void theFirstPutRegistersTheSameOneRecordsNothingAChangeKeepsTheOldRiskLevel() {
        var first = PRODUCT.when(new ProductCommand("P1", R2, T));
        ProductEvent registered = first.thenFirst(ProductEvent.ProductRegistered.class);
        assertEquals(1, first.state().version());
        PRODUCT.given(registered).when(new ProductCommand("P1", R2, T)).thenNothing();

        ProductDetails r4 = new ProductDetails(R2.name(), RiskLevel.R4, "FUND", null, false);
        var change = PRODUCT.given(registered).when(new ProductCommand("P1", r4, T));
        assertEquals(RiskLevel.R2, change.thenFirst(ProductEvent.ProductChanged.class).previousRiskLevel());
        assertEquals(RiskLevel.R4, change.state().details().riskLevel());
        assertEquals(2, change.state().version());
    }
}
