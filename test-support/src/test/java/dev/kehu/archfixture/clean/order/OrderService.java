package dev.kehu.archfixture.clean.order;

import dev.kehu.archfixture.clean.config.ShopConfig;

/** Write code: reads its own feature's read model and the one configuration. */
public class OrderService {
    private final ShopConfig config;

    public OrderService(ShopConfig config) {
        this.config = config;
    }

    public String place(String id) {
        OrderView placed = new OrderView(id, config.maxOrders());
        return placed.id();
    }
}
