package dev.kehu.eventstore.security;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may call which endpoints. The {@code client} role is allowed only where the rule names the
 * path's client id (group 1 of the pattern) and only for its own id.
 */
public record AccessRule(Set<String> methods, Pattern path, Set<String> roles, boolean clientOwnsPath) {

    public static AccessRule of(String methods, String pathRegex, String roles) {
        return new AccessRule(Set.of(methods.split("\\|")), Pattern.compile(pathRegex), Set.of(roles.split(",")),
                roles.contains(Roles.CLIENT));
    }

    boolean matches(String method, String path) {
        return methods.contains(method) && path.matches(this.path.pattern());
    }

    /** Whether the path names a client (group 1), whose id a client token must own. */
    boolean namesAClient() {
        return path.matcher("").groupCount() >= 1;
    }

    /** The client id in the path, or null. */
    String pathClientId(String path) {
        Matcher m = this.path.matcher(path);
        return m.matches() && m.groupCount() >= 1 ? m.group(1) : null;
    }
}
