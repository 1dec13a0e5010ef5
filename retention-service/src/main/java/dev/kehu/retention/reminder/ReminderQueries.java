package dev.kehu.retention.reminder;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.retention.config.Rows;
import dev.kehu.retention.domain.client.ContactCodes.Channel;
import dev.kehu.retention.domain.client.ContactCodes.Content;
import dev.kehu.retention.domain.reminder.Reminder;
import dev.kehu.retention.domain.reminder.ReminderSource;
import dev.kehu.retention.domain.signal.ChurnRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reminders from the reminder read model (docs/domain.md#reminders), most overdue first; "today" is the
 * trading day of the wall clock.
 */
@ApplicationScoped
public class ReminderQueries {

    /** A reminder as the lists show it; channel null when the client named none. */
    public record ReminderView(String clientId, String content, String channel, LocalDate dueOn, long overdueDays,
                               String source) {
    }

    /** The channels a reminder may go by. */
    static final Set<String> CHANNELS = Set.of("PHONE", "VISIT", "WECHAT", "SMS", "EMAIL");

    @Inject
    Db db;

    @Inject
    ChurnRules rules;

    @Inject
    Clock clock;

    /** Every reminder of the client, due or not, the earliest due first. */
    public Page<ReminderView> ofClient(String clientId, PageRequest page) {
        LocalDate today = today();
        return db.call(c -> page(c, "client_id = ?", List.of(clientId), today, page));
    }

    /**
     * The reminders due today or earlier, most overdue first; each filter null for all. {@code advisorId} keeps
     * the clients of that advisor's book.
     */
    public Page<ReminderView> due(String advisorId, String channel, String content, PageRequest page) {
        if (channel != null && !CHANNELS.contains(channel)) {
            throw ProblemException.badRequest("channel", "must be one of " + CHANNELS.stream().sorted().toList());
        }
        if (content != null && java.util.Arrays.stream(Content.values()).noneMatch(k -> k.name().equals(content))) {
            throw ProblemException.badRequest("content", "must be one of " + List.of(Content.values()));
        }
        LocalDate today = today();
        StringBuilder where = new StringBuilder("due_on <= ?");
        List<Object> params = new ArrayList<>(List.of(today));
        if (advisorId != null) {
            where.append(" and client_id in (select client_id from retention_book where advisor_id = ?)");
            params.add(advisorId);
        }
        if (channel != null) {
            where.append(" and channel = ?");
            params.add(channel);
        }
        if (content != null) {
            where.append(" and content = ?");
            params.add(content);
        }
        return db.call(c -> page(c, where.toString(), params, today, page));
    }

    /** The reminders of clients in {@code clientIds} due by {@code today}, for the next actions. */
    public List<Reminder> dueOf(Connection c, List<String> clientIds, LocalDate today) throws SQLException {
        List<Reminder> out = new ArrayList<>();
        Rows.forEach(c, "select client_id, content, channel, due_on, source from retention_reminder "
                + "where client_id = any(?) and due_on <= ?", List.of(clientIds, today),
                rs -> out.add(new Reminder(rs.getString(1), Content.valueOf(rs.getString(2)),
                        rs.getString(3) == null ? null : Channel.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), ReminderSource.valueOf(rs.getString(5)))));
        return out;
    }

    private static Page<ReminderView> page(Connection c, String where, List<Object> params, LocalDate today,
                                           PageRequest page) throws SQLException {
        List<ReminderView> items = new ArrayList<>();
        List<Object> paged = new ArrayList<>(params);
        paged.add(page.size());
        paged.add(page.offset());
        Rows.forEach(c, "select client_id, content, channel, due_on, source from retention_reminder where " + where
                + " order by due_on, client_id, position limit ? offset ?", paged, rs -> {
            LocalDate dueOn = rs.getObject(4, LocalDate.class);
            long overdue = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(dueOn, today));
            items.add(new ReminderView(rs.getString(1), rs.getString(2), rs.getString(3), dueOn, overdue,
                    rs.getString(5)));
        });
        long total = Rows.count(c, "select count(*) from retention_reminder where " + where, params);
        return new Page<>(items, page.page(), page.size(), total);
    }

    private LocalDate today() {
        return rules.tradingDay(clock.instant());
    }
}
