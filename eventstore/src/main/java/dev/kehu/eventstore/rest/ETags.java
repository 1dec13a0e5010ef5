package dev.kehu.eventstore.rest;

import java.util.OptionalLong;

import dev.kehu.eventstore.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;

/**
 * A stream version as an HTTP entity tag: a resource answers with {@code ETag: "<version>"},
 * and a change sent with {@code If-Match: "<version>"} applies only if nobody changed it since.
 */
public final class ETags {

    public static final String IF_MATCH = "If-Match";

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The expected version of an If-Match header; empty without one (or with {@code *}). */
    public static OptionalLong expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return OptionalLong.empty();
        }
        String tag = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            long version = Long.parseLong(tag);
            if (version >= 0) {
                return OptionalLong.of(version);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.badRequest(IF_MATCH, "must be the ETag the resource was read with, e.g. \"3\"");
    }
}
