package dev.kehu.local;

import java.util.List;

/**
 * How {@code ./kehu demo} works the CPR tasks the branch's churn alerts opened (docs/domain.md#cpr): by the
 * task's client, the same on every run, so the outcome charts and the statistics by advisor have something
 * to show and some tasks are still in hand. The client's responsible advisor claims the task (a client
 * without one goes to an advisor in turn) and takes it as far as {@link Work#stopAt()}.
 */
final class DemoTasks {

    private DemoTasks() {
    }

    /** The CPR stages in order (retention's {@code Stage}). */
    static final List<String> STAGES = List.of("OPENED", "COMPREHEND", "PROPOSE", "RESPOND", "CLOSED");

    /** The client's answer to the plan for each outcome: what the advisor heard at R decides how it ends. */
    static String answerFor(String outcome) {
        return switch (outcome) {
            case "RETAINED" -> "AGREED";
            case "PARTIALLY_RETAINED" -> "PARTIALLY_AGREED";
            default -> "DECLINED";
        };
    }

    /**
     * What the demo does with one task: who claims it, the stage it stops at ({@code null}: left alone, for
     * a manager to assign), and what is recorded at C, P, R and close.
     */
    record Work(String advisor, String stopAt, String reason, String trigger, String driver, String rootCause,
                List<String> plan, String outcome, String notes) {

        String answer() {
            return answerFor(outcome);
        }

        /** The steps still to record on a task now at {@code stage}, up to {@link #stopAt()}. */
        List<String> stepsFrom(String stage) {
            int from = STAGES.indexOf(stage);
            int to = stopAt == null ? 0 : STAGES.indexOf(stopAt);
            return from < 0 || to <= from ? List.of() : STAGES.subList(from + 1, to + 1);
        }
    }

    /** The three reasons' conversations: trigger, driver, root cause, a two-level plan, the close note. */
    private static final String[][] TALKS = {
            {"PRICE_AND_PRODUCT", "客户提出转户，称他家券商佣金更低", "佣金与两融利率比较", "费率高于同业，且缺少合适的理财产品",
                    "申请佣金下调至万一点五", "推荐稳健型固收产品组合", "按新费率执行，客户留存"},
            {"CLIENT_CHANGE", "客户大额转出资金", "家庭购房需要资金", "生活阶段变化，投资期限缩短",
                    "保留账户，推荐短期现金管理产品", "房款到位后回访资产配置", "客户资金需求已明确"},
            {"NEGLECT", "客户抱怨长期无人联系", "服务频率不及承诺", "顾问调整后未交接，客户被冷落",
                    "指定专属顾问，每周策略电话", "邀请参加营业部投资策略会", "恢复定期联系"}};

    /** The outcomes of a closed task by reason: price and neglect are often won back, a changed life less so. */
    private static final String[][] OUTCOMES = {
            {"RETAINED", "RETAINED", "PARTIALLY_RETAINED", "LOST", "RETAINED"},
            {"LOST", "PARTIALLY_RETAINED", "LOST", "RETAINED", "PARTIALLY_RETAINED"},
            {"RETAINED", "RETAINED", "RETAINED", "PARTIALLY_RETAINED", "LOST"}};

    /**
     * The plan for the task of {@code clientId}, opened by a signal of {@code firstSignal}: six in ten are
     * closed, one each stops at R, P and C, and one in ten is left unclaimed.
     */
    static Work work(String clientId, String firstSignal) {
        String advisor = Demo.advisorOf(clientId);
        if (advisor == null) {
            advisor = Demo.ADVISORS.get(bucket(clientId + "#adv", Demo.ADVISORS.size()));
        }
        int s = bucket(clientId + "#stage", 10);
        String stopAt = s < 6 ? "CLOSED" : s == 6 ? "RESPOND" : s == 7 ? "PROPOSE" : s == 8 ? "COMPREHEND" : null;
        int reason = reason(clientId, firstSignal);
        String[] talk = TALKS[reason];
        String outcome = OUTCOMES[reason][bucket(clientId + "#out", OUTCOMES[reason].length)];
        String notes = switch (outcome) {
            case "RETAINED" -> talk[6];
            case "PARTIALLY_RETAINED" -> talk[6] + "，部分资产仍转出";
            default -> "客户仍决定转出，已按流程办理并保持联系";
        };
        return new Work(advisor, stopAt, talk[0], talk[1], talk[2], talk[3], List.of(talk[4], talk[5]), outcome, notes);
    }

    /** The reason an advisor finds, by what opened the task: a complaint is about price, an outflow a changed life. */
    private static int reason(String clientId, String firstSignal) {
        return switch (firstSignal == null ? "" : firstSignal) {
            case "COMPLAINT", "SERVICE_SHORTFALL" -> 0;
            case "ASSET_OUTFLOW", "LARGE_WITHDRAWAL", "SEGMENT_DOWNGRADE" -> bucket(clientId + "#why", 4) == 0 ? 0 : 1;
            case "NEGLECT" -> 2;
            default -> bucket(clientId + "#why", 3); // a transfer-out or closure request: any of the three
        };
    }

    private static int bucket(String key, int n) {
        return Math.floorMod(key.hashCode() * 31 + 17, n);
    }
}
