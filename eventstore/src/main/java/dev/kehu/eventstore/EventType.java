package dev.kehu.eventstore;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable name an event is stored under, e.g. {@code profiling.assessment.completed.v1}.
 * Never derived from the Java class name: renaming a class must not orphan stored events.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    String value();

    /** The stable name of an event class, read from its annotation. */
    final class Of {
        private Of() {
        }

        public static String name(Class<?> eventClass) {
            EventType type = eventClass.getAnnotation(EventType.class);
            if (type == null) {
                throw new IllegalArgumentException(eventClass.getName() + " has no @EventType");
            }
            return type.value();
        }
    }
}
