package dev.kehu.archfixture.clean.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's one configuration mapping, in config. */
@ConfigMapping(prefix = "shop")
public interface ShopConfig {
    @WithDefault("10")
    int maxOrders();
}
