package dev.kehu.archfixture.clean.order;

import dev.kehu.archfixture.clean.domain.order.Order;

/** A shell: may use its core. */
public class OrderResource {
    public Order get(String id) {
        return new Order(id);
    }
}
