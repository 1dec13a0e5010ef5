package dev.kehu.eventstore;

import java.util.List;

/**
 * Implemented by one bean per service: the roots of its event types, usually sealed
 * interfaces whose permitted records carry {@link EventType}.
 */
public interface EventCatalog {
    List<Class<?>> eventRoots();
}
