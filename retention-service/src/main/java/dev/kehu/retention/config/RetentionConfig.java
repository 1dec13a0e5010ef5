package dev.kehu.retention.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Every number of this service as configuration ({@code kehu.retention.*}), the one mapping of the
 * service; the defaults are those of docs/domain.md#churn-signals, #service-plans and #reactivation.
 */
@ConfigMapping(prefix = "kehu.retention")
public interface RetentionConfig {

    /** Signal weights (docs/domain.md#churn-signals). */
    Weights weights();

    /** Where a signal is raised and where an alert is. */
    Thresholds thresholds();

    /** Risk level cut-offs. */
    Levels levels();

    /** Due times of tasks by priority. */
    Due due();

    /** Length of the trailing window (days) over which signals add up to the risk score and assets are compared. */
    @WithDefault("30")
    int windowDays();

    /** Highest risk score: the sum of weights is capped here. */
    @WithDefault("100")
    int scoreCap();

    /** Zone of the exchange, in which a balance's asOf date is a trading day. */
    @WithDefault("Asia/Shanghai")
    ZoneId tradingZone();

    /** Local time a trading day's balance counts as reported (the close): its event time. */
    @WithDefault("15:00")
    LocalTime tradingClose();

    /** How often the scheduler looks for overdue open tasks to escalate. */
    @WithDefault("60s")
    Duration escalationInterval();

    /** Overdue tasks escalated per scheduler round (and per transaction). */
    @WithDefault("100")
    int escalationBatch();

    /** The service plans' data version ({@code plans/service-plans-<v>.json}, docs/domain.md#service-plans). */
    @WithDefault("v1")
    String servicePlansVersion();

    /** The reminder arithmetic's data version ({@code reminders/reminder-rules-<v>.json}, docs/domain.md#reminders). */
    @WithDefault("v1")
    String reminderRulesVersion();

    /**
     * The next actions' ranking data version ({@code nextactions/next-action-rules-<v>.json}: tier weights and
     * reasons, docs/domain.md#next-actions).
     */
    @WithDefault("v1")
    String nextActionRulesVersion();

    /** When the daily neglect scan runs (a Quartz-style cron in {@code trading-zone}; "off" disables it). */
    @WithDefault("0 30 8 * * ?")
    String neglectScanCron();

    /** Days a reactivation campaign keeps watching its members after it ends (docs/domain.md#service-plans). */
    @WithDefault("30")
    int reactivationGraceDays();

    /** How the churn model is fitted (docs/domain.md#learned-weights). */
    ChurnModel churnModel();

    /** The learned weights' fit: its penalty, bootstrap and the least history it needs. */
    interface ChurnModel {
        /** L2 penalty on each kind's coefficient (a Gaussian prior of variance 1/l2 on the log-odds); > 0. */
        @WithDefault("1.0")
        double l2();

        /** Bootstrap samples behind each coefficient's 95% interval (at least 20). */
        @WithDefault("200")
        int bootstrapSamples();

        /** Seed of the bootstrap's draws: the same history gives the same intervals. */
        @WithDefault("27")
        long bootstrapSeed();

        /** Share of the points, the latest by time, held out to test the fit on (0.05 to 0.5). */
        @WithDefault("0.2")
        double holdoutShare();

        /** Fewer observation points than this and the fit fails. */
        @WithDefault("200")
        int minObservations();

        /** Fewer points followed by a churn than this and the fit fails. */
        @WithDefault("20")
        int minChurned();

        /** A kind raised at fewer training points than this is not learned: its weight in force stays. */
        @WithDefault("10")
        int minRaised();

        /** Longest period a fit may ask for, in days. */
        @WithDefault("1100")
        int maxPeriodDays();
    }

    /** The weight each signal kind adds to the risk score. */
    interface Weights {
        /** An account transfer-out request (转户/转托管申请). */
        @WithDefault("60")
        int transferOutRequested();

        /** An account closure request (销户申请). */
        @WithDefault("80")
        int closureRequested();

        /** Total assets far below the trailing high. */
        @WithDefault("40")
        int assetOutflow();

        /** A large withdrawal (银证转账转出). */
        @WithDefault("30")
        int largeWithdrawal();

        /** A segment change to a smaller size or to STATIC activity. */
        @WithDefault("25")
        int segmentDowngrade();

        /** A complaint filed. */
        @WithDefault("20")
        int complaint();

        /** A service survey with a clearly negative overall gap. */
        @WithDefault("20")
        int serviceShortfall();

        /** No contact for more than twice the tier's contact interval (docs/domain.md#service-plans). */
        @WithDefault("20")
        int neglect();
    }

    interface Thresholds {
        /** Risk score from which a churn alert is raised and a task opened. */
        @WithDefault("50")
        int alertScore();

        /** Fall of total assets below the trailing high (fraction) that is an ASSET_OUTFLOW. */
        @WithDefault("0.30")
        BigDecimal outflowFraction();

        /** Withdrawal as a fraction of the last reported total assets that is a LARGE_WITHDRAWAL. */
        @WithDefault("0.20")
        BigDecimal withdrawalFraction();

        /** Overall SERVQUAL gap at or below which a survey is a SERVICE_SHORTFALL. */
        @WithDefault("-1.0")
        BigDecimal shortfallGap();
    }

    /** Lowest score of each risk level above LOW. */
    interface Levels {
        /** Lowest MEDIUM score. */
        @WithDefault("25")
        int medium();

        /** Lowest HIGH score. */
        @WithDefault("50")
        int high();

        /** Lowest CRITICAL score. */
        @WithDefault("75")
        int critical();
    }

    /** Days from opening until a task of each priority is due. */
    interface Due {
        /** Days for a P1 task. */
        @WithDefault("1")
        int p1Days();

        /** Days for a P2 task. */
        @WithDefault("3")
        int p2Days();

        /** Days for a P3 task. */
        @WithDefault("7")
        int p3Days();
    }
}
