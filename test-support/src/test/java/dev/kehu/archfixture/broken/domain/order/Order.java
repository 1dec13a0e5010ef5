package dev.kehu.archfixture.broken.domain.order;

import java.sql.Connection;

import dev.kehu.archfixture.broken.order.OrderResource;

/** A core reaching into its shell and into JDBC: what the rules must refuse. */
public record Order(String id, OrderResource shell, Connection connection) {
}
