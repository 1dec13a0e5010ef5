package dev.kehu.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.kehu.console.i18n.Msg;

/** retention-service explains its signals in English; a Chinese page tells each kind's sentence again in Chinese. */
class SignalDetailTest {

    private final Msg zh = Msg.of("zh");

    @Test
    void everySignalKindsSentenceIsToldInChinese() {
        assertThat(zh.signalDetail("CLOSURE_REQUESTED", "account closure requested: kehu demo")).isEqualTo("销户申请：kehu demo");
        assertThat(zh.signalDetail("TRANSFER_OUT_REQUESTED", "transfer-out requested")).isEqualTo("转户申请");
        assertThat(zh.signalDetail("COMPLAINT", "complaint filed: fees")).isEqualTo("客户投诉：fees");
        assertThat(zh.signalDetail("ASSET_OUTFLOW", "total assets fell 42% from 6.1M on 03-02 to 3.5M on 03-20"))
                .isEqualTo("总资产下降 42%：由 6.1M（03-02）降至 3.5M（03-20）");
        assertThat(zh.signalDetail("LARGE_WITHDRAWAL", "withdrew 1.2M, 25% of the total assets of 4.8M reported on 03-19"))
                .isEqualTo("转出 1.2M，占 03-19 报告的总资产 4.8M 的 25%");
        assertThat(zh.signalDetail("SEGMENT_DOWNGRADE",
                "segment fell from LARGE_STABLE to MEDIUM_STABLE on 03-20 (average assets 4.2M, turnover 0.05)"))
                .isEqualTo("分类由 大户·稳定 LARGE_STABLE 降为 中户·稳定 MEDIUM_STABLE（03-20；日均资产 4.2M，周转率 0.05）");
        assertThat(zh.signalDetail("SERVICE_SHORTFALL", "service survey 7f3a overall gap -1.4, weakest RELIABILITY -2.0"))
                .isEqualTo("服务质量调查 7f3a 总体差距 -1.4，最弱维度 可靠性 RELIABILITY -2.0");
        assertThat(zh.signalDetail("NEGLECT", "no contact for 20 days since classification on 2026-01-05 (PREMIUM: every 7 days)"))
                .doesNotContain("no contact").contains("20", "2026-01-05", "7");
    }

    @Test
    void anEnglishPageAndASentenceOfAnotherShapeStayAsTheServiceWroteThem() {
        assertThat(Msg.of("en").signalDetail("COMPLAINT", "complaint filed: fees")).isEqualTo("complaint filed: fees");
        assertThat(zh.signalDetail("COMPLAINT", "a new wording")).isEqualTo("a new wording");
        assertThat(zh.signalDetail(null, null)).isEmpty();
    }
}
