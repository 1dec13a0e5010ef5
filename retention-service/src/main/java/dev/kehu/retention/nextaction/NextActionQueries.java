package dev.kehu.retention.nextaction;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.retention.config.Rows;
import dev.kehu.retention.domain.client.ContactCodes.Content;
import dev.kehu.retention.domain.nextaction.NextAction;
import dev.kehu.retention.domain.nextaction.NextActionKind;
import dev.kehu.retention.domain.nextaction.NextActionRanking;
import dev.kehu.retention.domain.nextaction.NextActionRules;
import dev.kehu.retention.domain.plan.Tier;
import dev.kehu.retention.domain.reminder.Reminder;
import dev.kehu.retention.domain.reminder.ReminderSource;
import dev.kehu.retention.domain.signal.ChurnRules;
import dev.kehu.retention.reminder.ReminderQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * An advisor's next actions (docs/domain.md#next-actions): the candidates gathered from the read models of its
 * book (open tasks, contacts due, reminders due, pending members of running campaigns) and the open tasks
 * assigned to it, ranked by {@link NextActionRanking}, then paged. "Today" is the trading day of the wall clock.
 */
@ApplicationScoped
public class NextActionQueries {

    /** A reason as a person reads it. */
    public record Reason(String code, String zh, String en) {
    }

    /** Where to act on the item: its task or campaign (null when neither). */
    public record Link(String taskId, String campaignId) {
    }

    /** One ranked item. */
    public record NextActionView(String kind, String clientId, Reason reason, LocalDate dueOn, long overdueDays,
                                 String priority, String channel, String personality, Link link) {
    }

    /** What the next actions show of a client beside the item. */
    private record ClientFacts(Tier tier, String priority, String channel, String personality) {
        static final ClientFacts NONE = new ClientFacts(null, null, null, null);
    }

    @Inject
    Db db;

    @Inject
    ChurnRules rules;

    @Inject
    NextActionRules nextActionRules;

    @Inject
    ReminderQueries reminders;

    @Inject
    Clock clock;

    public Page<NextActionView> of(String advisorId, PageRequest page) {
        LocalDate today = rules.tradingDay(clock.instant());
        List<NextAction> ranked = db.call(c -> new NextActionRanking(nextActionRules).rank(candidates(c, advisorId,
                today), today));
        int from = (int) Math.min(ranked.size(), page.offset());
        int to = Math.min(ranked.size(), from + page.size());
        List<NextActionView> items = ranked.subList(from, to).stream().map(this::view).toList();
        return new Page<>(items, page.page(), page.size(), ranked.size());
    }

    private NextActionView view(NextAction a) {
        NextActionRules.Label label = nextActionRules.reason(a.reasonCode());
        Link link = a.taskId() == null && a.campaignId() == null ? null : new Link(a.taskId(), a.campaignId());
        return new NextActionView(a.kind().name(), a.clientId(), new Reason(a.reasonCode(), label.zh(), label.en()),
                a.dueOn(), a.overdueDays(), a.priority(), a.channel(), a.personality(), link);
    }

    private List<NextAction> candidates(Connection c, String advisorId, LocalDate today) throws SQLException {
        List<String> book = strings(c, "select client_id from retention_book where advisor_id = ?", advisorId);
        List<TaskRow> tasks = tasks(c, advisorId);
        Set<String> clients = new LinkedHashSet<>(book);
        tasks.forEach(t -> clients.add(t.clientId()));
        Map<String, ClientFacts> facts = facts(c, new ArrayList<>(clients));
        List<NextAction> out = new ArrayList<>();
        for (TaskRow t : tasks) {
            ClientFacts f = facts.getOrDefault(t.clientId(), ClientFacts.NONE);
            LocalDate dueOn = rules.tradingDay(t.dueAt());
            out.add(new NextAction(NextActionKind.TASK, t.clientId(), "CPR_TASK_OPEN", dueOn, t.dueAt(),
                    overdue(dueOn, today), t.priority(), f.tier(), f.channel(), f.personality(), t.taskId(), null));
        }
        Rows.forEach(c, "select client_id, next_contact_due from retention_service_plan "
                + "where client_id = any(?) and next_contact_due <= ?", List.of(book, today),
                rs -> out.add(item(NextActionKind.CONTACT_DUE, rs.getString(1), "CONTACT_DUE",
                        rs.getObject(2, LocalDate.class), today, facts, null, null)));
        for (Reminder r : reminders.dueOf(c, book, today)) {
            ClientFacts f = facts.getOrDefault(r.clientId(), ClientFacts.NONE);
            boolean reassessment = r.source() == ReminderSource.EVENT && r.content() == Content.REASSESSMENT;
            String reason = r.source() == ReminderSource.PREFERENCE ? "REMINDER_" + r.content().name()
                    : reassessment ? "ASSESSMENT_EXPIRING" : "SEGMENT_FELL_STATIC";
            out.add(new NextAction(reassessment ? NextActionKind.REASSESSMENT : NextActionKind.REMINDER, r.clientId(),
                    reason, r.dueOn(), null, r.overdueDays(today), f.priority(), f.tier(),
                    r.channel() != null ? r.channel().name() : f.channel(), f.personality(), null, null));
        }
        Rows.forEach(c, "select m.client_id, m.campaign_id, k.starts_on "
                + "from retention_campaign_member m join retention_campaign k on k.campaign_id = m.campaign_id "
                + "where m.client_id = any(?) and m.status = 'PENDING' and k.starts_on <= ? and k.ends_on >= ?",
                List.of(book, today, today),
                rs -> out.add(item(NextActionKind.CAMPAIGN_MEMBER, rs.getString(1), "CAMPAIGN_PENDING",
                        rs.getObject(3, LocalDate.class), today, facts, null, rs.getString(2))));
        return out;
    }

    private static NextAction item(NextActionKind kind, String clientId, String reason, LocalDate dueOn,
                                   LocalDate today, Map<String, ClientFacts> facts, String taskId, String campaignId) {
        ClientFacts f = facts.getOrDefault(clientId, ClientFacts.NONE);
        return new NextAction(kind, clientId, reason, dueOn, null, overdue(dueOn, today), f.priority(), f.tier(),
                f.channel(), f.personality(), taskId, campaignId);
    }

    private static long overdue(LocalDate dueOn, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(dueOn, today));
    }

    private record TaskRow(String taskId, String clientId, String priority, Instant dueAt) {
    }

    /** Open tasks assigned to the advisor, and the unassigned open tasks of its book's clients. */
    private static List<TaskRow> tasks(Connection c, String advisorId) throws SQLException {
        List<TaskRow> out = new ArrayList<>();
        Rows.forEach(c, "select task_id, client_id, priority, due_at from retention_task "
                + "where status = 'OPEN' and (assignee = ? or (assignee is null and client_id in "
                + "(select client_id from retention_book where advisor_id = ?)))", List.of(advisorId, advisorId),
                rs -> out.add(new TaskRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant())));
        return out;
    }

    /** Each client's tier, priority, preferred channel and personality, as far as known. */
    private static Map<String, ClientFacts> facts(Connection c, List<String> clients) throws SQLException {
        Map<String, ClientFacts> out = new HashMap<>();
        Rows.forEach(c, "select k.client_id, p.tier, s.priority, r.channel, "
                + "r.personality from unnest(?::text[]) as k(client_id) "
                + "left join retention_service_plan p on p.client_id = k.client_id "
                + "left join retention_client s on s.client_id = k.client_id "
                + "left join retention_reminder_client r on r.client_id = k.client_id", List.of(clients),
                rs -> out.put(rs.getString(1), new ClientFacts(rs.getString(2) == null ? null
                        : Tier.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5))));
        return out;
    }

    private static List<String> strings(Connection c, String sql, String param) throws SQLException {
        List<String> out = new ArrayList<>();
        Rows.forEach(c, sql, List.of(param), rs -> out.add(rs.getString(1)));
        return out;
    }
}
