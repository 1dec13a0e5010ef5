package dev.kehu.console.api;

/** What the console reads of a refused request's {@code application/problem+json} body. */
public record Problem(String title, String detail) {
}
