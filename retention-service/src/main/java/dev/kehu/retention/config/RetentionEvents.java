package dev.kehu.retention.config;

import java.util.List;

import dev.kehu.eventstore.EventCatalog;
import dev.kehu.retention.domain.campaign.CampaignEvent;
import dev.kehu.retention.domain.client.ClientEvent;
import dev.kehu.retention.domain.task.TaskEvent;
import dev.kehu.retention.domain.weights.ChurnModelEvent;
import jakarta.enterprise.context.ApplicationScoped;

/** The event types this service stores: the client, task, campaign and churn-model streams'. */
@ApplicationScoped
public class RetentionEvents implements EventCatalog {

    @Override
    public List<Class<?>> eventRoots() {
        return List.of(ClientEvent.class, TaskEvent.class, CampaignEvent.class, ChurnModelEvent.class);
    }
}
