package dev.kehu.profiling.config;

import java.util.List;

import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.TableProjection;

/**
 * A projection of every event type of one aggregate (the types sharing {@code prefix}) into its own tables,
 * which a rebuild truncates. Subclasses only apply.
 */
public abstract class PrefixProjection extends TableProjection {

    protected final EventCodec codec;

    protected PrefixProjection(EventCodec codec, String name, String prefix, String... tables) {
        super(name, List.of(tables), type -> type.startsWith(prefix));
        this.codec = codec;
    }
}
