package dev.kehu.profiling.domain.product;

import java.util.List;

import dev.kehu.eventstore.Decider;
import dev.kehu.profiling.domain.product.ProductEvent.ProductChanged;
import dev.kehu.profiling.domain.product.ProductEvent.ProductRegistered;

/** The catalogue's rules: the first PUT registers, a different one changes (keeping the old risk level), the same one records nothing. */
public final class ProductDecider implements Decider<Product, ProductCommand, ProductEvent> {

    public static final ProductDecider INSTANCE = new ProductDecider();

    private ProductDecider() {
    }

    @Override
    public Product initialState() {
        return Product.NONE;
    }

    @Override
    public Product evolve(Product state, ProductEvent event) {
        return new Product(event.productCode(), event.details(), state.version() + 1, event.recordedAt());
    }

    @Override
    public List<ProductEvent> decide(ProductCommand command, Product state) {
        if (!state.exists()) {
            return List.of(new ProductRegistered(command.productCode(), command.details(), command.now()));
        }
        if (state.details().equals(command.details())) {
            return List.of();
        }
        return List.of(new ProductChanged(command.productCode(), command.details(), state.details().riskLevel(),
                command.now()));
    }

    public static String streamId(String productCode) {
        return "product-" + productCode;
    }
}
