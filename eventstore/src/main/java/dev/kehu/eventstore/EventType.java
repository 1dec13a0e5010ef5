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
}
