package dev.kehu.archfixture.clean.invoice;

import dev.kehu.archfixture.clean.order.OrderService;

/** Write code of another feature: may call the order feature's service, not read its view. */
public class InvoiceService {
    private final OrderService orders;

    public InvoiceService(OrderService orders) {
        this.orders = orders;
    }

    public String invoice(String orderId) {
        return "invoice-" + orders.place(orderId);
    }
}
