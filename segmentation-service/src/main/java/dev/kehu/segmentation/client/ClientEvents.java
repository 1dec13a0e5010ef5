package dev.kehu.segmentation.client;

import java.util.List;

import dev.kehu.segmentation.domain.client.ClientEvent;

import dev.kehu.eventstore.EventCatalog;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ClientEvents implements EventCatalog {

    @Override
    public List<Class<?>> eventRoots() {
        return List.of(ClientEvent.class);
    }
}
