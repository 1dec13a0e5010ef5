package dev.kehu.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as the console's security cares: keeps the cookies it is given, follows no
 * redirect (the tests read them), posts forms. Every header a test names is sent as given.
 */
final class WebClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    final String base;
    final Map<String, String> cookies = new LinkedHashMap<>();

    WebClient(String base) {
        this.base = base.replaceAll("/$", "");
    }

    record Page(int status, String body, HttpResponse<String> response) {

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        /** The whole Set-Cookie line for that cookie, or null. */
        String setCookie(String name) {
            return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst().orElse(null);
        }

        /** The CSRF token in the page's first form. */
        String csrf() {
            Matcher m = CSRF.matcher(body);
            if (!m.find()) {
                throw new AssertionError("no CSRF token in the page:\n" + body);
            }
            return m.group(1);
        }
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), List.of());
    }

    /** A form post; {@code headers} as name, value, name, value... */
    Page post(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), List.of(headers));
    }

    /** Signs in through the development sign-in, as a browser on the console's own origin would. */
    Page signIn(String role, String name) {
        String token = get("/sign-in").csrf();
        return post("/sign-in", Map.of("role", role, "name", name, "csrf-token", token), "Origin", base);
    }

    private Page send(HttpRequest.Builder request, List<String> headers) {
        request.timeout(Duration.ofSeconds(60));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        for (int i = 0; i + 1 < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String c : r.headers().allValues("Set-Cookie")) {
                String pair = c.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                if (c.matches("(?i).*;\\s*Max-Age=0(;.*)?$") || pair.endsWith("=")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, pair.substring(pair.indexOf('=') + 1));
                }
            }
            return new Page(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
