package dev.kehu.profiling.client;

import java.util.List;

import dev.kehu.eventstore.EventCatalog;
import dev.kehu.profiling.domain.client.ClientEvent;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ClientEvents implements EventCatalog {

    @Override
    public List<Class<?>> eventRoots() {
        return List.of(ClientEvent.class);
    }
}
