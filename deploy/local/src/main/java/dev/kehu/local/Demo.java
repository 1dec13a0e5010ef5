package dev.kehu.local;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;


/**
 * {@code ./kehu demo}: fills a running suite with a branch of {@value #CLIENTS} clients through the
 * real topics and REST APIs — four weeks of daily balances and trades (sizes and turnovers across
 * all nine segments, a few clients draining their accounts), risk questionnaires and facets for most,
 * account events that raise churn alerts and open CPR tasks, contacts, products, suitability checks
 * and a reactivation campaign; the three advisors then claim most of the open tasks and work them
 * C → P → R → closed, some only part of the way ({@link DemoTasks}).
 *
 * <p>Idempotent: every CloudEvents id, trade id and account event id is derived from the client and
 * the day; questionnaires carry an {@code Idempotency-Key}; facets, contacts, checks and the
 * campaign are only added where the suite does not have them yet; a task is only taken on from the stage
 * it is at. A second run doubles nothing.
 * The branch is seeded: two runs build the same one.
 */
public final class Demo {

    static final int CLIENTS = 300;
    static final int DAYS = 28;
    static final String SOURCE = "/kehu-demo";
    private static final String[] SIZES = {"LARGE", "MEDIUM", "SMALL"};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String bootstrap;
    private final Map<String, String> urls;
    private final String token;
    private final String advisorToken;
    private final Map<String, String> advisorTokens;
    private final AtomicLong refused = new AtomicLong();

    Demo(String bootstrap, Map<String, String> urls, String token, String advisorToken, Map<String, String> advisorTokens) {
        this.bootstrap = bootstrap;
        this.urls = urls;
        this.token = token;
        this.advisorToken = advisorToken;
        this.advisorTokens = advisorTokens;
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("kehu.home", ".")).toAbsolutePath();
        Path dataDir = home.resolve(".kehu");
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--data-dir")) {
                dataDir = Path.of(args[i + 1]);
            }
        }
        Map<String, String> urls = new HashMap<>();
        for (ServiceSpec s : ServiceSpec.ALL) {
            urls.put(s.name(), s.url());
        }
        List<String> down = ServiceSpec.ALL.stream().filter(s -> !ServiceLauncher.isReady(s.url())).map(ServiceSpec::name).toList();
        if (!down.isEmpty()) {
            System.err.println("kehu demo: no suite is up (" + String.join(", ", down) + " not ready on "
                    + "localhost:8081-8083). Start it first with ./kehu up, then run ./kehu demo in another terminal.");
            System.exit(KehuException.STARTUP_FAILED);
        }
        LocalKeys tokens = LocalKeys.inDirectory(dataDir.resolve("keys"));
        String token = tokens.token("kehu-demo", "manager", null, Duration.ofHours(2));
        String advisor = tokens.token("demo.advisor", "advisor", null, Duration.ofHours(2));
        Map<String, String> advisors = new HashMap<>();
        for (String a : ADVISORS) {
            advisors.put(a, tokens.token(a, "advisor", null, Duration.ofHours(2)));
        }
        long t0 = System.nanoTime();
        new Demo("127.0.0.1:" + Options.KAFKA_PORT, urls, token, advisor, advisors).run(LocalDate.now(ZoneOffset.UTC).minusDays(1));
        System.out.printf("kehu demo: done in %.0f s. Open http://localhost:8080 and sign in (an advisor named "
                + String.join(", ", ADVISORS) + " has a book of clients) or as a manager.%n",
                (System.nanoTime() - t0) / 1e9);
    }

    /** One client of the branch: its id, target size and activity, assets, and what happens to it. */
    record Client(String id, String size, String activity, BigDecimal assets, boolean drains, String accountEvent) {
    }

    static List<Client> branch() {
        Random r = new Random(2026);
        List<Client> clients = new ArrayList<>();
        for (int i = 1; i <= CLIENTS; i++) {
            double u = r.nextDouble();
            String size = u < 0.10 ? "LARGE" : u < 0.45 ? "MEDIUM" : "SMALL";
            if (i <= 9) { // at least one client in each of the nine segments
                size = SIZES[(i - 1) / 3];
            }
            double a = r.nextDouble();
            String activity = i <= 9 ? List.of("SHORT_TERM", "STABLE", "STATIC").get((i - 1) % 3)
                    : a < 0.25 ? "STATIC" : a < 0.8 ? "STABLE" : "SHORT_TERM";
            double base = switch (size) {
                case "LARGE" -> 5_500_000 + r.nextDouble() * 20_000_000;
                case "MEDIUM" -> 550_000 + r.nextDouble() * 4_000_000;
                default -> 20_000 + r.nextDouble() * 450_000;
            };
            String event = i % 25 == 0 ? "TRANSFER_OUT_REQUESTED" : i % 61 == 0 ? "CLOSURE_REQUESTED"
                    : i % 17 == 0 ? "COMPLAINT_FILED" : i % 19 == 0 ? "WITHDRAWAL" : null;
            clients.add(new Client(String.format("D%04d", i), size, activity,
                    BigDecimal.valueOf(base).setScale(2, RoundingMode.HALF_UP), i % 23 == 0, event));
        }
        return clients;
    }

    void run(LocalDate lastDay) throws Exception {
        List<Client> clients = branch();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = lastDay.minusDays(DAYS); !d.isAfter(lastDay); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        System.out.printf("kehu demo: %d clients, %d trading days (%s … %s)%n", clients.size(), days.size(), days.get(0), lastDay);
        feed(clients, days);
        DemoHistory.send(bootstrap, urls.get("retention-service"), token, lastDay); // a year for the learned churn weights (docs/domain.md#learned-weights)
        profiles(clients);
        accountEvents(clients, lastDay);
        productsAndChecks(clients);
        advisors(clients, lastDay);
        needs(clients);
        contactsAndCampaign(clients, lastDay);
        workTasks();
        if (refused.get() > 0) {
            System.out.println("kehu demo: " + refused.get() + " requests were refused (see the lines above)");
        }
    }

    private void feed(List<Client> clients, List<LocalDate> days) {
        Random r = new Random(7);
        long sent = 0;
        try (KafkaProducer<String, String> producer = producer()) {
            for (int d = 0; d < days.size(); d++) {
                LocalDate day = days.get(d);
                for (Client c : clients) {
                    BigDecimal total = c.assets().multiply(BigDecimal.valueOf(0.9 + 0.2 * r.nextDouble()));
                    if (c.drains() && d >= days.size() - 3) {
                        total = total.multiply(BigDecimal.valueOf(0.45)); // a 55% outflow in the last days
                    }
                    total = total.setScale(2, RoundingMode.HALF_UP);
                    BigDecimal cash = total.divide(BigDecimal.valueOf(5), 2, RoundingMode.HALF_UP);
                    send(producer, "backoffice.balances", "backoffice.balance.reported.v1", "demo-bal-" + c.id() + "-" + day, c.id(),
                            "{\"clientId\":\"" + c.id() + "\",\"accountId\":\"" + c.id() + "-A\",\"asOf\":\"" + day
                                    + "\",\"totalAssets\":" + total.toPlainString() + ",\"cash\":" + cash.toPlainString()
                                    + ",\"marketValue\":" + total.subtract(cash).toPlainString() + "}");
                    sent++;
                    // the monthly turnover the activity asks for, spread over the days with a skew
                    double monthly = switch (c.activity()) {
                        case "STATIC" -> 0.02;
                        case "STABLE" -> 0.3 + 1.2 * r.nextDouble();
                        default -> 2.6 + 3 * r.nextDouble();
                    };
                    double today = monthly / days.size() * (0.5 + r.nextDouble());
                    if (c.activity().equals("STATIC") && d % 9 != 0) {
                        continue;
                    }
                    BigDecimal amount = c.assets().multiply(BigDecimal.valueOf(today)).setScale(2, RoundingMode.HALF_UP);
                    if (amount.signum() > 0) {
                        String tradeId = "DT-" + c.id() + "-" + day;
                        BigDecimal price = BigDecimal.valueOf(10 + r.nextInt(90)).setScale(2, RoundingMode.HALF_UP);
                        BigDecimal qty = amount.divide(price, 0, RoundingMode.UP).max(BigDecimal.ONE);
                        send(producer, "backoffice.trades", "backoffice.trade.executed.v1", "demo-" + tradeId, c.id(),
                                "{\"tradeId\":\"" + tradeId + "\",\"clientId\":\"" + c.id() + "\",\"accountId\":\"" + c.id()
                                        + "-A\",\"executedAt\":\"" + day.atTime(2 + r.nextInt(5), r.nextInt(60)).toInstant(ZoneOffset.UTC)
                                        + "\",\"side\":\"" + (r.nextBoolean() ? "BUY" : "SELL") + "\",\"symbol\":\"" + symbol(r)
                                        + "\",\"quantity\":" + qty + ",\"price\":" + price + ",\"amount\":" + qty.multiply(price) + "}");
                        sent++;
                    }
                }
                producer.flush();
                System.out.printf("kehu demo: balances and trades of %s sent (%d messages so far)%n", day, sent);
            }
        }
    }

    private static String symbol(Random r) {
        return List.of("600519", "601318", "000858", "600036", "000333", "300750", "601012", "002594").get(r.nextInt(8));
    }

    private static final String[][] CHOICES = {
            {"employment", "STABLE_INCOME", "ORDINARY_INCOME", "COMMISSION_INCOME", "SELF_EMPLOYED", "UNEMPLOYED"},
            {"familyBurden", "SINGLE", "DUAL_INCOME_NO_CHILDREN", "DUAL_INCOME_WITH_CHILDREN", "SINGLE_INCOME_WITH_CHILDREN", "SINGLE_INCOME_THREE_GENERATIONS"},
            {"housing", "INVESTMENT_PROPERTY", "OWN_HOME_NO_MORTGAGE", "MORTGAGE_UNDER_HALF", "MORTGAGE_OVER_HALF", "RENTING"},
            {"investmentExperience", "OVER_10_YEARS", "YEARS_6_TO_10", "YEARS_2_TO_5", "ONE_YEAR_PLUS", "UNDER_ONE_YEAR"},
            {"investmentKnowledge", "PROFESSIONAL", "FINANCE_DEGREE", "SKILLED_TRADER", "AVERAGE", "NOVICE"},
            {"investmentPriority", "SPREAD_GAINS", "SWING_TRADING", "DIVIDENDS", "BEAT_INFLATION", "CAPITAL_PRESERVATION"},
            {"stopLoss", "PRESET_STOP", "EXECUTES_STOP", "PARTIAL_STOP", "HOLDS_LOSERS", "AVERAGES_DOWN"},
            {"lossReaction", "TREAT_AS_LESSON", "CALM", "AFFECTS_MOOD", "HARD_TO_ACCEPT", "SLEEPLESS"},
            {"marketWatching", "OCCASIONALLY", "MONTHLY", "WEEKLY", "CLOSE_ONLY", "CONSTANTLY"},
            {"performanceControl", "FULL_CONTROL", "PARTIAL_CONTROL", "RELIES_ON_EXPERTS", "RELIES_ON_LUCK", "NO_LUCK"}};

    /** Questionnaires for 70% of the clients (Idempotency-Key per client), facets for those without. */
    private void profiles(List<Client> clients) {
        int done = 0;
        for (Client c : clients) {
            // seeded per client and drawn in full whatever is sent, so every run answers the same
            // (the Idempotency-Key then replays the first assessment instead of refusing a different one)
            Random r = new Random(c.id().hashCode());
            int age = 24 + r.nextInt(50);
            int lean = r.nextInt(5); // a client answers in one direction, give or take
            if (r.nextDouble() < 0.7) {
                StringBuilder answers = new StringBuilder("{\"age\":" + age + ",\"maxLossPercent\":" + (3 + r.nextInt(30)));
                for (String[] q : CHOICES) {
                    int pick = Math.max(0, Math.min(4, lean + r.nextInt(3) - 1));
                    answers.append(",\"").append(q[0]).append("\":\"").append(q[1 + pick]).append('"');
                }
                answers.append('}');
                request("POST", "profiling-service", "/api/v1/clients/" + c.id() + "/risk-assessments",
                        "{\"answers\":" + answers + "}", Map.of("Idempotency-Key", "kehu-demo-" + c.id()));
            }
            String personality = List.of("POWERFUL", "POPULAR", "PEACEFUL", "PERFECT").get(r.nextInt(4));
            String background = List.of("SALARIED_EXECUTIVE", "SELF_MADE_INVESTOR", "BUSINESS_OWNER", "PROFESSIONAL",
                    "INHERITED_WEALTH").get(r.nextInt(5));
            boolean married = age > 28 && r.nextBoolean();
            String profile = get("profiling-service", "/api/v1/clients/" + c.id() + "/profile");
            if (profile == null || profile.contains("\"personality\":null")) {
                request("PUT", "profiling-service", "/api/v1/clients/" + c.id() + "/personality",
                        "{\"personality\":\"" + personality + "\"}", Map.of());
                request("PUT", "profiling-service", "/api/v1/clients/" + c.id() + "/social-background",
                        "{\"background\":\"" + background + "\"}", Map.of());
                request("PUT", "profiling-service", "/api/v1/clients/" + c.id() + "/household",
                        "{\"maritalStatus\":\"" + (married ? "MARRIED" : "SINGLE") + "\",\"age\":" + age + ",\"youngestChildAge\":"
                                + (married ? String.valueOf(Math.max(0, age - 30)) : "null")
                                // only a client with children can have independent children (the service checks it)
                                + ",\"childrenIndependent\":" + (married && age >= 55) + ",\"retired\":" + (age >= 62) + "}",
                        Map.of());
            }
            if (++done % 50 == 0) {
                System.out.printf("kehu demo: questionnaires and facets: %d of %d clients%n", done, clients.size());
            }
        }
    }

    private void accountEvents(List<Client> clients, LocalDate lastDay) {
        int n = 0;
        try (KafkaProducer<String, String> producer = producer()) {
            for (Client c : clients) {
                if (c.accountEvent() == null) {
                    continue;
                }
                String eventId = "DE-" + c.id() + "-" + c.accountEvent();
                String amount = c.accountEvent().equals("WITHDRAWAL")
                        ? ",\"amount\":" + c.assets().multiply(BigDecimal.valueOf(0.35)).setScale(2, RoundingMode.HALF_UP) : "";
                send(producer, "backoffice.account-events", "backoffice.account.event.v1", "demo-" + eventId, c.id(),
                        "{\"eventId\":\"" + eventId + "\",\"clientId\":\"" + c.id() + "\",\"occurredAt\":\""
                                + lastDay.atTime(3, 0).toInstant(ZoneOffset.UTC) + "\",\"kind\":\"" + c.accountEvent() + "\"" + amount
                                + ",\"note\":\"kehu demo\"}");
                n++;
            }
            producer.flush();
        }
        System.out.printf("kehu demo: %d account events sent (transfer-outs, closures, complaints, withdrawals)%n", n);
    }

    /** The demo's product shelf: code, risk level, Chinese and English name, product type, horizon. */
    static final String[][] PRODUCTS = {
            {"DEMO-MMF-R1", "R1", "稳利货币基金", "Steady money-market fund", "MONEY_MARKET_FUND", "SHORT"},
            {"DEMO-BOND-R2", "R2", "纯债优选债券基金", "Select pure-bond fund", "BOND_FUND", "MEDIUM"},
            {"DEMO-MIX-R3", "R3", "平衡配置混合基金", "Balanced allocation fund", "HYBRID_FUND", "MEDIUM"},
            {"DEMO-EQ-R4", "R4", "成长精选股票基金", "Growth select equity fund", "EQUITY_FUND", "LONG"},
            {"DEMO-SN-R5", "R5", "雪球结构化收益凭证", "Snowball structured note", "STRUCTURED_NOTE", "MEDIUM"}};

    static final String CAMPAIGN = "存量盘活 · kehu demo";
    static final String STATEMENT = "本人已知悉该产品风险等级高于本人风险承受能力类别，仍坚持购买。";

    /** Whether {@link #profiles} sends this client a questionnaire: the same draws, from the same seed. */
    static boolean assessed(String clientId) {
        Random r = new Random(clientId.hashCode());
        r.nextInt(50); // age
        r.nextInt(5); // lean
        return r.nextDouble() < 0.7;
    }

    private static int bucket(String key, int n) {
        return Math.floorMod(key.hashCode() * 31 + 17, n);
    }

    /** The products an assessed client is checked for: none for 40%, one or two for the others. */
    static List<String> productsToCheck(String clientId) {
        if (!assessed(clientId) || bucket(clientId, 10) < 4) {
            return List.of();
        }
        int first = bucket(clientId + "#p", PRODUCTS.length);
        List<String> codes = new ArrayList<>(List.of(PRODUCTS[first][0]));
        if (bucket(clientId + "#2", 3) == 0) {
            codes.add(PRODUCTS[(first + 2) % PRODUCTS.length][0]);
        }
        return codes;
    }

    /** Two of three MISMATCH results are acknowledged (the client insists on the product), the rest stay open. */
    static boolean acknowledges(String clientId, String productCode) {
        return bucket(clientId + "/" + productCode, 3) != 0;
    }

    /** A KEY client (LARGE_SHORT_TERM, the PREMIUM tier) by the demo's intent. */
    static boolean premium(Client c) {
        return c.size().equals("LARGE") && c.activity().equals("SHORT_TERM");
    }

    /** One contact the demo records. */
    record Contact(String channel, String purpose, java.time.LocalDateTime at, String notes) {

        LocalDate day() {
            return at.toLocalDate();
        }

        /** A strategy call answers the client's STRATEGY reminder (docs/domain.md#reminders). */
        String reminderContent() {
            return purpose.equals("STRATEGY_REMINDER") ? "STRATEGY" : null;
        }
    }

    /** The branch's advisors, as their tokens' subjects: sign in to the console under one of them to see a book. */
    static final List<String> ADVISORS = List.of("wang.fang", "li.ming", "zhang.wei");

    /** Nine clients in ten have a responsible advisor, shared out in turn; the tenth waits for one. */
    static String advisorOf(String clientId) {
        int n = Integer.parseInt(clientId.substring(1));
        return n % 10 == 0 ? null : ADVISORS.get(n % ADVISORS.size());
    }

    /**
     * The reminders a client asked for, or none: four in five assessed clients recorded their needs. Each
     * wants the weekly STRATEGY call (so the demo's strategy contacts of up to three weeks ago leave some
     * overdue) and one more content by WeChat or SMS.
     */
    static List<String[]> reminderPreferences(String clientId) {
        if (!assessed(clientId) || bucket(clientId + "#needs", 5) == 0) {
            return List.of();
        }
        String[] second = List.of(new String[] {"MARKET_ALERT", "WECHAT", "DAILY"},
                new String[] {"PORTFOLIO_REVIEW", "EMAIL", "MONTHLY"}, new String[] {"NEW_PRODUCT", "SMS", "QUARTERLY"})
                .get(bucket(clientId + "#r2", 3));
        return List.of(new String[] {"STRATEGY", "PHONE", "WEEKLY"}, second);
    }

    private static final String[] NOTES = {
            "电话回访：介绍本月策略观点，客户表示满意。", "微信沟通：发送季度组合回顾，客户已读并提问。",
            "上门拜访：讨论资产配置与家庭理财规划。", "电话提醒：新股申购及调仓提示。",
            "营业部面谈：解答手续费与两融业务问题。", "微信推送研究报告，约定下次回访时间。"};

    /**
     * The contacts of the last three weeks for a client: none for a quarter of the clients and for
     * about half the PREMIUM ones (always D0001), so the contacts-due list and the neglect scan show
     * something; one to four for the others, the oldest up to 21 days back.
     */
    static List<Contact> contactPlan(Client c, LocalDate lastDay) {
        boolean skip = premium(c) ? c.id().equals("D0001") || bucket(c.id() + "#c", 2) == 0 : bucket(c.id() + "#c", 4) == 0;
        if (skip) {
            return List.of();
        }
        int n = 1 + bucket(c.id() + "#n", 4);
        List<Contact> contacts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int back = 1 + bucket(c.id() + "#d" + k, 21);
            String channel = List.of("PHONE", "WECHAT", "VISIT", "PHONE").get(bucket(c.id() + "#ch" + k, 4));
            String purpose = List.of("SERVICE_REVIEW", "STRATEGY_REMINDER", "SERVICE_REVIEW").get(bucket(c.id() + "#pu" + k, 3));
            // 09:00-16:59 in the trading zone (UTC+8)
            contacts.add(new Contact(channel, purpose, lastDay.minusDays(back).atTime(1 + bucket(c.id() + k, 8), bucket(c.id() + "#m" + k, 60)),
                    NOTES[bucket(c.id() + "#no" + k, NOTES.length)]));
        }
        if ("COMPLAINT_FILED".equals(c.accountEvent())) { // the complaint came on the last day at 03:00 UTC: a call back
            contacts.add(new Contact("PHONE", "COMPLAINT_FOLLOW_UP", lastDay.atTime(6, 30), "投诉回访：已记录客户意见并说明处理进度。"));
        }
        contacts.sort((a, b) -> a.at().compareTo(b.at()));
        return contacts;
    }

    private void productsAndChecks(List<Client> clients) {
        int registered = 0;
        for (String[] p : PRODUCTS) {
            if (status("GET", "profiling-service", "/api/v1/products/" + p[0], token) == 404) {
                request("PUT", "profiling-service", "/api/v1/products/" + p[0], "{\"name\":{\"zh\":\"" + p[2] + "\",\"en\":\"" + p[3]
                        + "\"},\"riskLevel\":\"" + p[1] + "\",\"productType\":\"" + p[4] + "\",\"horizon\":\"" + p[5]
                        + "\",\"onSale\":true}", Map.of());
                registered++;
            }
        }
        System.out.printf("kehu demo: products: %d registered, %d already there%n", registered, PRODUCTS.length - registered);
        Map<String, Integer> results = new java.util.TreeMap<>();
        int checks = 0, acknowledged = 0, done = 0;
        for (Client c : clients) {
            List<String> wanted = productsToCheck(c.id());
            if (wanted.isEmpty()) {
                continue;
            }
            String existing = request("GET", "profiling-service", "/api/v1/clients/" + c.id() + "/suitability-checks?size=100", null, Map.of(), advisorToken);
            if (existing == null) {
                continue;
            }
            for (String code : wanted) {
                if (existing.contains("\"productCode\":\"" + code + "\"")) {
                    continue;
                }
                String check = request("POST", "profiling-service", "/api/v1/clients/" + c.id() + "/suitability-checks",
                        "{\"productCode\":\"" + code + "\"}", Map.of(), advisorToken);
                if (check == null) {
                    continue;
                }
                checks++;
                String result = field(check, "result");
                results.merge(result, 1, Integer::sum);
                if ("MISMATCH".equals(result) && acknowledges(c.id(), code)) {
                    String channel = List.of("IN_PERSON", "RECORDED_CALL", "ONLINE").get(bucket(c.id(), 3));
                    if (request("POST", "profiling-service", "/api/v1/suitability-checks/" + field(check, "checkId") + "/acknowledgement",
                            "{\"channel\":\"" + channel + "\",\"statement\":\"" + STATEMENT + "\"}", Map.of(), advisorToken) != null) {
                        acknowledged++;
                    }
                }
            }
            if (++done % 50 == 0) {
                System.out.printf("kehu demo: suitability checks: %d clients looked at%n", done);
            }
        }
        System.out.printf("kehu demo: %d suitability checks made %s, %d mismatches acknowledged%n", checks, results, acknowledged);
    }

    /** The back office assigns each client's responsible advisor (an ADVISOR_ASSIGNED account event). */
    private void advisors(List<Client> clients, LocalDate lastDay) {
        int n = 0;
        try (KafkaProducer<String, String> producer = producer()) {
            for (Client c : clients) {
                String advisor = advisorOf(c.id());
                if (advisor == null) {
                    continue;
                }
                String eventId = "DE-" + c.id() + "-ADVISOR";
                send(producer, "backoffice.account-events", "backoffice.account.event.v1", "demo-" + eventId, c.id(),
                        "{\"eventId\":\"" + eventId + "\",\"clientId\":\"" + c.id() + "\",\"occurredAt\":\""
                                + lastDay.minusDays(DAYS).atTime(1, 0).toInstant(ZoneOffset.UTC)
                                + "\",\"kind\":\"ADVISOR_ASSIGNED\",\"advisorId\":\"" + advisor + "\",\"note\":\"kehu demo\"}");
                n++;
            }
            producer.flush();
        }
        System.out.printf("kehu demo: %d clients assigned to %s%n", n, String.join(", ", ADVISORS));
    }

    /** Records the service needs of most assessed clients: their reminder preferences and consultation channel. */
    private void needs(List<Client> clients) {
        int recorded = 0;
        for (Client c : clients) {
            List<String[]> prefs = reminderPreferences(c.id());
            if (prefs.isEmpty() || status("GET", "profiling-service", "/api/v1/clients/" + c.id() + "/service-needs", token) == 200) {
                continue;
            }
            StringBuilder reminders = new StringBuilder();
            for (String[] r : prefs) {
                reminders.append(reminders.length() == 0 ? "" : ",").append("{\"content\":\"").append(r[0])
                        .append("\",\"channel\":\"").append(r[1]).append("\",\"frequency\":\"").append(r[2]).append("\"}");
            }
            String body = "{\"emotionalNeeds\":[\"RESPECT\",\"ATTENTION\"],\"informationStyle\":\"PASSIVE\","
                    + "\"decisionStyle\":\"SELF\",\"horizon\":\"" + List.of("SHORT", "MEDIUM", "LONG").get(bucket(c.id() + "#h", 3))
                    + "\",\"orientation\":\"VALUE\",\"reminders\":[" + reminders + "],\"consultation\":{\"topics\":[\"资产配置\"],"
                    + "\"channel\":\"" + prefs.get(0)[1] + "\"},\"requirements\":{\"MUST\":[\"TIMELY_CONCISE_INFO\"],"
                    + "\"EXPECTED\":[\"ASSET_SAFETY\",\"PRIVACY\"],\"DELIGHT\":[\"EXCLUSIVITY\"]}}";
            if (request("PUT", "profiling-service", "/api/v1/clients/" + c.id() + "/service-needs", body, Map.of(), advisorToken) != null) {
                recorded++;
            }
        }
        System.out.printf("kehu demo: service needs recorded for %d clients%n", recorded);
    }

    /** Waits (up to a minute and a half) until retention knows the branch's last client: contacts need a classified client. */
    private void awaitClassification(List<Client> clients) throws InterruptedException {
        String last = clients.get(clients.size() - 1).id();
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (status("GET", "retention-service", "/api/v1/clients/" + last + "/service-plan", token) != 200) {
            if (System.nanoTime() > until) {
                System.out.println("kehu demo: retention has not classified " + last + " after 90 s; going on (some contacts may be refused)");
                return;
            }
            System.out.println("kehu demo: waiting for segmentation to classify the branch...");
            Thread.sleep(3000);
        }
    }

    private void contactsAndCampaign(List<Client> clients, LocalDate lastDay) throws InterruptedException {
        awaitClassification(clients);
        String campaigns = get("retention-service", "/api/v1/reactivation-campaigns?size=100");
        String campaign = null;
        if (campaigns != null && !campaigns.contains("\"name\":\"" + CAMPAIGN + "\"")) {
            campaign = request("POST", "retention-service", "/api/v1/reactivation-campaigns", "{\"name\":\"" + CAMPAIGN + "\","
                    + "\"segments\":[\"LARGE_STATIC\",\"MEDIUM_STATIC\"],\"startsOn\":\"" + lastDay.minusDays(7) + "\",\"endsOn\":\""
                    + lastDay.plusDays(30) + "\",\"offer\":\"三个月佣金优惠 · commission discount for three months\"}", Map.of());
            System.out.println("kehu demo: reactivation campaign started" + (campaign == null ? " — refused" : ""));
        } else if (campaigns != null) {
            System.out.println("kehu demo: reactivation campaign already there");
            int at = campaigns.indexOf("\"name\":\"" + CAMPAIGN + "\"");
            int open = campaigns.lastIndexOf("\"campaignId\"", at);
            campaign = open < 0 ? null : campaigns.substring(open);
        }
        String campaignId = campaign == null ? null : field(campaign, "campaignId");
        String members = campaignId == null ? "" : String.valueOf(get("retention-service", "/api/v1/reactivation-campaigns/" + campaignId));
        int contacts = 0, clientsContacted = 0, skipped = 0, done = 0;
        for (Client c : clients) {
            List<Contact> plan = contactPlan(c, lastDay);
            if (plan.isEmpty()) {
                continue;
            }
            String history = request("GET", "retention-service", "/api/v1/clients/" + c.id() + "/contacts?size=1", null, Map.of(), advisorToken);
            if (history == null || !history.contains("\"total\":0")) {
                skipped++;
                continue;
            }
            boolean member = campaignId != null && members.contains("\"clientId\":\"" + c.id() + "\"");
            for (int k = 0; k < plan.size(); k++) {
                Contact ct = plan.get(k);
                boolean reactivation = member && k == plan.size() - 1;
                java.time.LocalDateTime at = reactivation ? lastDay.minusDays(1 + bucket(c.id(), 6)).atTime(7, 15) : ct.at();
                if (request("POST", "retention-service", "/api/v1/clients/" + c.id() + "/contacts",
                        "{\"channel\":\"" + ct.channel() + "\",\"direction\":\"OUTBOUND\",\"purpose\":\""
                                + (reactivation ? "REACTIVATION" : ct.purpose()) + "\",\"occurredAt\":\""
                                + at.toInstant(ZoneOffset.UTC)
                                + "\",\"notes\":\"" + (reactivation ? "盘活活动回访：介绍佣金优惠，邀请客户重新参与交易。" : ct.notes()) + "\""
                                + (!reactivation && ct.reminderContent() != null ? ",\"reminderContent\":\"" + ct.reminderContent() + "\"" : "")
                                + (reactivation ? ",\"campaignId\":\"" + campaignId + "\"" : "") + "}", Map.of(), advisorToken) != null) {
                    contacts++;
                }
            }
            clientsContacted++;
            if (++done % 50 == 0) {
                System.out.printf("kehu demo: contacts: %d clients so far%n", done);
            }
        }
        System.out.printf("kehu demo: %d contacts recorded for %d clients (%d already had contacts)%n", contacts, clientsContacted, skipped);
        String scan = request("POST", "retention-service", "/api/v1/admin/neglect-scan", null, Map.of(), token);
        if (scan != null) {
            System.out.println("kehu demo: neglect scan " + scan.trim());
        }
        String due = get("retention-service", "/api/v1/contacts/due?tier=PREMIUM&size=1");
        if (due != null) {
            System.out.println("kehu demo: PREMIUM clients on the contacts-due list: " + field(due, "total"));
        }
    }

    /**
     * The open tasks, each claimed by its advisor and taken from where it stands to where {@link DemoTasks}
     * stops it, with LSCPA ticks on the way. The list is read whole first: a task closed here leaves it.
     */
    private void workTasks() {
        List<String> open = new ArrayList<>();
        for (int page = 0; page < 10; page++) {
            String body = get("retention-service", "/api/v1/retention-tasks?status=OPEN&size=100&page=" + page);
            if (body == null) {
                break;
            }
            String[] rows = body.split("\\{\"taskId\":\"");
            for (int i = 1; i < rows.length; i++) {
                open.add(rows[i].substring(0, rows[i].indexOf('"')));
            }
            if (rows.length - 1 < 100) {
                break;
            }
        }
        Map<String, Integer> outcomes = new java.util.TreeMap<>();
        int worked = 0, skipped = 0;
        for (String taskId : open) {
            String view = get("retention-service", "/api/v1/retention-tasks/" + taskId);
            if (view == null) {
                continue;
            }
            DemoTasks.Work w = DemoTasks.work(field(view, "clientId"), field(view, "kind"));
            String assignee = field(view, "assignee");
            if (w.stopAt() == null || assignee != null && !assignee.equals(w.advisor())) {
                skipped++; // left for a manager to assign, or someone else's
                continue;
            }
            String bearer = advisorTokens.get(w.advisor());
            String path = "/api/v1/retention-tasks/" + taskId;
            List<String> steps = w.stepsFrom(field(view, "stage"));
            if (assignee != null && steps.isEmpty()) {
                continue; // where the plan stops it already
            }
            if (assignee == null && request("POST", "retention-service", path + "/claim", null, Map.of(), bearer) == null) {
                continue;
            }
            for (String step : steps) {
                if (!take(path, step, w, bearer)) {
                    break;
                }
                if (step.equals("CLOSED")) {
                    outcomes.merge(w.outcome(), 1, Integer::sum);
                }
            }
            worked++;
        }
        System.out.printf("kehu demo: %d open tasks, %d worked by %s (closed now: %s), %d left for a manager%n",
                open.size(), worked, String.join(", ", ADVISORS), outcomes, skipped);
    }

    /** One CPR step of {@code w} on the task at {@code path}, with the LSCPA ticks that go with it; false if refused. */
    private boolean take(String path, String step, DemoTasks.Work w, String bearer) {
        String body = switch (step) {
            case "COMPREHEND" -> "{\"reasonCategory\":\"" + w.reason() + "\",\"trigger\":\"" + w.trigger()
                    + "\",\"driver\":\"" + w.driver() + "\",\"rootCause\":\"" + w.rootCause() + "\"}";
            case "PROPOSE" -> "{\"steps\":[{\"level\":1,\"action\":\"" + w.plan().get(0) + "\"},{\"level\":2,\"action\":\""
                    + w.plan().get(1) + "\"}]}";
            case "RESPOND" -> "{\"answer\":\"" + w.answer() + "\",\"notes\":\"客户已回复方案\"}";
            default -> "{\"outcome\":\"" + w.outcome() + "\",\"notes\":\"" + w.notes() + "\"}";
        };
        String action = switch (step) {
            case "COMPREHEND" -> "comprehension";
            case "PROPOSE" -> "proposal";
            case "RESPOND" -> "response";
            default -> "close";
        };
        String[][] ticks = switch (step) {
            case "COMPREHEND" -> new String[][] {{"LISTEN", "先听客户讲完顾虑，不打断"}, {"CLARIFY", "确认真实原因：" + w.rootCause()}};
            case "PROPOSE" -> new String[][] {{"SHOW_RESPECT", "肯定客户的判断，感谢多年信任"}, {"EXPLAIN", "说明方案：" + w.plan().get(0)}};
            case "RESPOND" -> new String[][] {{"ACT", "当天落实客户同意的部分"}};
            default -> new String[0][];
        };
        for (String[] t : ticks) {
            request("POST", "retention-service", path + "/lscpa", "{\"step\":\"" + t[0] + "\",\"notes\":\"" + t[1] + "\"}", Map.of(), bearer);
        }
        return request("POST", "retention-service", path + "/" + action, body, Map.of(), bearer) != null;
    }

    /** The value of the first {@code "name":…} in a JSON text (a string's content or a bare number), or null. */
    static String field(String json, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*(\"([^\"]*)\"|[-0-9.]+)").matcher(json);
        if (!m.find()) {
            return null;
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }

    private KafkaProducer<String, String> producer() {
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private void send(KafkaProducer<String, String> producer, String topic, String type, String id, String clientId, String data) {
        RecordHeaders h = new RecordHeaders();
        h.add("ce_specversion", bytes("1.0"));
        h.add("ce_id", bytes(id));
        h.add("ce_source", bytes(SOURCE));
        h.add("ce_type", bytes(type));
        h.add("ce_subject", bytes(clientId));
        h.add("content-type", bytes("application/json"));
        producer.send(new ProducerRecord<>(topic, null, clientId, data, h), (m, e) -> {
            if (e != null) {
                refused.incrementAndGet();
            }
        });
    }

    private String get(String service, String path) {
        return request("GET", service, path, null, Map.of());
    }

    private String request(String method, String service, String path, String json, Map<String, String> headers) {
        return request(method, service, path, json, headers, token);
    }

    /** The status of a bodiless call, quietly (-1 when it failed): to ask whether something is there. */
    private int status(String method, String service, String path, String bearer) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(urls.get(service) + path)).timeout(Duration.ofSeconds(15))
                    .header("Authorization", "Bearer " + bearer).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The body of a 2xx answer; otherwise null, with one line saying what was refused (an endpoint not there yet included). */
    private String request(String method, String service, String path, String json, Map<String, String> headers, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(urls.get(service) + path)).timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + bearer);
        headers.forEach(b::header);
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 == 2) {
                return r.body();
            }
            if (method.equals("GET") && r.statusCode() == 404) {
                return null; // asking whether something is there: "not yet" is an answer, not a refusal
            }
            if (refused.incrementAndGet() <= 10) {
                System.out.printf("kehu demo: %s %s %s → %d %s%n", method, service, path, r.statusCode(),
                        r.body().length() > 200 ? r.body().substring(0, 200) : r.body());
            }
        } catch (IOException e) {
            refused.incrementAndGet();
            System.out.printf("kehu demo: %s %s %s failed: %s%n", method, service, path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
