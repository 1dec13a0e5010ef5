package dev.kehu.archfixture.layered.invoice;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.kehu.archfixture.layered.order.OrderView;

/** Write code that reads another feature's view and injects a key beside the mapping. */
public class InvoiceService {
    private final int dueDays;

    public InvoiceService(@ConfigProperty(name = "shop.invoice.due-days") int dueDays) {
        this.dueDays = dueDays;
    }

    public String invoice(OrderView order) {
        return order.id() + "+" + dueDays;
    }
}
