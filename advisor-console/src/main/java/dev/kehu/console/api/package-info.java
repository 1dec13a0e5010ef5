/**
 * The console's typed edges: one REST client per service ({@code profiling}, {@code segmentation},
 * {@code retention}) and records holding only the fields the pages read. Unknown fields are ignored
 * ({@code quarkus.jackson.fail-on-unknown-properties=false}), so a service that adds one does not break the console.
 */
package dev.kehu.console.api;
