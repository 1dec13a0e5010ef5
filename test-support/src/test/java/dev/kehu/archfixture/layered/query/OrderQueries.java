package dev.kehu.archfixture.layered.query;

import dev.kehu.archfixture.layered.order.OrderView;

/** A query layer serving the features: a layer package, and a read model outside its feature. */
public class OrderQueries {
    public OrderView order(String id) {
        return new OrderView(id, 0);
    }
}
