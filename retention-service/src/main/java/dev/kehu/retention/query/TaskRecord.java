package dev.kehu.retention.query;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code retention_task} as the query side reads it; {@link TaskProjection} writes it over JDBC. */
@Entity
@Immutable
@Table(name = "retention_task")
public class TaskRecord extends PanacheEntityBase {

    @Id
    @Column(name = "task_id")
    public String taskId;
    @Column(name = "client_id")
    public String clientId;
    public String status;
    public String stage;
    public String priority;
    @Column(name = "due_at")
    public Instant dueAt;
    @Column(name = "opened_at")
    public Instant openedAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    public String assignee;
    @Column(name = "reason_category")
    public String reasonCategory;
    public String outcome;
    public boolean escalated;
    @Column(name = "client_segment")
    public String clientSegment;
    @Column(name = "risk_score")
    public int riskScore;
    @Column(name = "risk_level")
    public String riskLevel;
    public long version;
}
