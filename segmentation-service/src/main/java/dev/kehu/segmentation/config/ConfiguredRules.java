package dev.kehu.segmentation.config;

import dev.kehu.segmentation.domain.segment.SegmentRules;

/** The pure segmentation rules with the numbers of {@link SegmentationConfig}. */
public final class ConfiguredRules {

    private ConfiguredRules() {
    }

    public static SegmentRules of(SegmentationConfig c) {
        return new SegmentRules(c.windowDays(), c.largeThreshold(), c.mediumThreshold(), c.staticTurnoverBelow(),
                c.shortTermTurnoverFrom(), c.assetsScale(), c.turnoverScale(), c.tradingZone());
    }
}
