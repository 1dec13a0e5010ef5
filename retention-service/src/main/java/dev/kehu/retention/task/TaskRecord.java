package dev.kehu.retention.task;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code retention_task} as the query side reads it; {@link TaskProjection} writes it over JDBC. */
@Entity
@Immutable
@Table(name = "retention_task")
public class TaskRecord extends PanacheEntityBase {

    @Id
    public String taskId;
    public String clientId;
    public String status;
    public String stage;
    public String priority;
    public Instant dueAt;
    public Instant openedAt;
    public Instant closedAt;
    public String assignee;
    public String reasonCategory;
    public String outcome;
    public boolean escalated;
    public String clientSegment;
    public int riskScore;
    public String riskLevel;
    public long version;
}
