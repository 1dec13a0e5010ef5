package dev.kehu.profiling.product;

import java.util.List;

import dev.kehu.eventstore.CommandHandler;
import dev.kehu.eventstore.EventCatalog;
import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.Outbox;
import dev.kehu.profiling.domain.product.Product;
import dev.kehu.profiling.domain.product.ProductCommand;
import dev.kehu.profiling.domain.product.ProductDecider;
import dev.kehu.profiling.domain.product.ProductEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The catalogue's one write path (the library's {@link CommandHandler} with {@link ProductDecider}); it publishes nothing. */
@ApplicationScoped
public class ProductEvents implements EventCatalog {

    @Produces
    @Singleton
    CommandHandler<Product, ProductCommand, ProductEvent> productCommandHandler(EventStore store, Outbox outbox) {
        return new CommandHandler<>(store, outbox, ProductDecider.INSTANCE, CommandHandler.Messages.none());
    }

    @Override
    public List<Class<?>> eventRoots() {
        return List.of(ProductEvent.class);
    }
}
