package dev.kehu.retention.book;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.retention.config.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The advisor's book (docs/domain.md#advisor-book), from the book read model with each client's segment and tier. */
@ApplicationScoped
public class BookQueries {

    /** A client in a book; segment and tier are null for a client never classified. */
    public record BookEntry(String clientId, String advisorId, String assignedBy, Instant assignedAt, String segment,
                            String tier) {
    }

    @Inject
    Db db;

    /** The clients of {@code advisorId}, by client id. */
    public Page<BookEntry> clientsOf(String advisorId, PageRequest page) {
        return db.call(c -> {
            List<BookEntry> items = new ArrayList<>();
            Rows.forEach(c, "select b.client_id, b.advisor_id, b.assigned_by, "
                    + "b.assigned_at, s.segment, p.tier from retention_book b "
                    + "left join retention_client s on s.client_id = b.client_id "
                    + "left join retention_service_plan p on p.client_id = b.client_id "
                    + "where b.advisor_id = ? order by b.client_id limit ? offset ?",
                    List.of(advisorId, page.size(), page.offset()), rs -> items.add(entry(rs)));
            long total = Rows.count(c, "select count(*) from retention_book where advisor_id = ?", List.of(advisorId));
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    /** The client's responsible advisor, if it has one. */
    public Optional<BookEntry> advisorOf(String clientId) {
        return db.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("select b.client_id, b.advisor_id, b.assigned_by, "
                    + "b.assigned_at, s.segment, p.tier from retention_book b "
                    + "left join retention_client s on s.client_id = b.client_id "
                    + "left join retention_service_plan p on p.client_id = b.client_id where b.client_id = ?")) {
                ps.setString(1, clientId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
                }
            }
        });
    }

    private static BookEntry entry(ResultSet rs) throws java.sql.SQLException {
        return new BookEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5), rs.getString(6));
    }
}
