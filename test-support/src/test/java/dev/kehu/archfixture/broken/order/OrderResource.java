package dev.kehu.archfixture.broken.order;

import dev.kehu.archfixture.broken.domain.order.Order;

/** A shell whose core points back at it: a cycle. */
public class OrderResource {
    public Order get(String id) {
        return new Order(id, this, null);
    }
}
