package dev.kehu.archfixture.layered.order;

import io.smallrye.config.ConfigMapping;

/** A second mapping, and outside config: breaks both configuration rules. */
@ConfigMapping(prefix = "shop.order")
public interface OrderConfig {
    int maxLines();
}
