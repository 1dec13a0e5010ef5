package dev.kehu.archfixture.layered.config;

import io.smallrye.config.ConfigMapping;

/** The service's mapping, where it belongs; OrderConfig makes it one of two. */
@ConfigMapping(prefix = "shop")
public interface ShopConfig {
    int maxOrders();
}
