package dev.kehu.archfixture.clean.order;

/** The order feature's projection, beside its view. */
public class OrderProjection {
    public OrderView apply(String id) {
        return new OrderView(id, 0);
    }
}
