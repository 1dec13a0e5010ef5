package dev.kehu.retention.campaign;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A row of {@code retention_campaign_member}, read only; {@link CampaignProjection} writes it over JDBC. */
@Entity
@Immutable
@Table(name = "retention_campaign_member")
@IdClass(CampaignMemberRecord.Key.class)
public class CampaignMemberRecord extends PanacheEntityBase {

    /** The member's key: campaign and client. */
    public static class Key implements Serializable {
        public String campaignId;
        public String clientId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.campaignId.equals(campaignId) && k.clientId.equals(clientId);
        }

        @Override
        public int hashCode() {
            return campaignId.hashCode() * 31 + clientId.hashCode();
        }
    }

    @Id
    public String campaignId;
    @Id
    public String clientId;
    public String segment;
    public String status;
    public Instant contactedAt;
    public LocalDate reactivatedOn;
}
