package dev.kehu.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;


/**
 * {@code ./kehu token --role advisor [--client C123] [--subject alice] [--hours 8]}: prints a
 * development bearer token signed with the local run's key (generated on first use), with
 * {@code aud} kehu as the services require ({@link LocalKeys}).
 */
public final class TokenCommand {

    static final Set<String> ROLES = Set.of("advisor", "manager", "client", "auditor");
    static final String USAGE = "usage: ./kehu token --role advisor|manager|client|auditor [--client <clientId>] "
            + "[--subject <name>] [--hours <n>]";

    private TokenCommand() {
    }

    record Request(Path dataDir, String role, String clientId, String subject, Duration ttl) {

        static Request parse(List<String> args, Path defaultDataDir) {
            Path dataDir = defaultDataDir;
            String role = null;
            String client = null;
            String subject = null;
            long hours = 8;
            for (int i = 0; i < args.size(); i++) {
                String value = i + 1 < args.size() ? args.get(i + 1) : null;
                if (value == null) {
                    throw new IllegalArgumentException(args.get(i) + " needs a value");
                }
                switch (args.get(i)) {
                    case "--role" -> role = value;
                    case "--client" -> client = value;
                    case "--subject" -> subject = value;
                    case "--hours" -> hours = Long.parseLong(value);
                    case "--data-dir" -> dataDir = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i));
                }
                i++;
            }
            if (role == null || !ROLES.contains(role)) {
                throw new IllegalArgumentException("--role must be one of " + ROLES);
            }
            if (role.equals("client") && client == null) {
                throw new IllegalArgumentException("a client token needs --client <clientId>");
            }
            if (hours < 1 || hours > 24 * 30) {
                throw new IllegalArgumentException("--hours must be between 1 and 720");
            }
            String who = subject != null ? subject : role.equals("client") ? client : "dev-" + role;
            return new Request(dataDir, role, role.equals("client") ? client : null, who, Duration.ofHours(hours));
        }
    }

    public static void main(String[] args) {
        try {
            Path home = Path.of(System.getProperty("kehu.home", ".")).toAbsolutePath();
            Request r = Request.parse(List.of(args), home.resolve(".kehu"));
            LocalKeys tokens = LocalKeys.inDirectory(r.dataDir().resolve("keys"));
            System.out.println(tokens.token(r.subject(), r.role(), r.clientId(), r.ttl()));
        } catch (IllegalArgumentException e) {
            System.err.println("kehu token: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(KehuException.USAGE);
        }
    }
}
