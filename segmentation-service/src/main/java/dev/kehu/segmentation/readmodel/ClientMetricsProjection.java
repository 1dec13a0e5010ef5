package dev.kehu.segmentation.readmodel;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kehu.eventstore.Projection;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.segmentation.client.ClientEvent;
import dev.kehu.segmentation.client.ClientEvent.BalanceRecorded;
import dev.kehu.segmentation.client.ClientEvent.TradeRecorded;
import jakarta.enterprise.context.ApplicationScoped;

/** Daily balances per account and the recorded trades: what the consumers load a client's state from. */
@ApplicationScoped
public class ClientMetricsProjection implements Projection {

    public static final String NAME = "client-metrics";

    private static final String BALANCE = ClientEvent.typeOf(BalanceRecorded.class);
    private static final String TRADE = ClientEvent.typeOf(TradeRecorded.class);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(String eventType) {
        return BALANCE.equals(eventType) || TRADE.equals(eventType);
    }

    @Override
    public void apply(Connection c, List<StoredEvent> events) throws SQLException {
        try (PreparedStatement balances = c.prepareStatement(
                "insert into client_balance (client_id, day, account_id, total_assets, cash, market_value) "
                        + "values (?, ?, ?, ?, ?, ?) on conflict (client_id, day, account_id) do update set "
                        + "total_assets = excluded.total_assets, cash = excluded.cash, "
                        + "market_value = excluded.market_value");
             PreparedStatement trades = c.prepareStatement(
                     "insert into client_trade (client_id, trade_id, trade_day, amount) values (?, ?, ?, ?) "
                             + "on conflict do nothing")) {
            // one row per account and day: the driver rewrites a batch into one multi-row upsert, which
            // may not touch a row twice, and a later report for the same day replaces the earlier one
            Map<List<Object>, BalanceRecorded> latest = new LinkedHashMap<>();
            boolean anyTrade = false;
            for (StoredEvent e : events) {
                if (e.event() instanceof BalanceRecorded b) {
                    latest.put(List.of(b.clientId(), b.asOf(), b.accountId()), b);
                } else if (e.event() instanceof TradeRecorded t) {
                    trades.setString(1, t.clientId());
                    trades.setString(2, t.tradeId());
                    trades.setDate(3, Date.valueOf(t.tradeDay()));
                    trades.setBigDecimal(4, t.amount());
                    trades.addBatch();
                    anyTrade = true;
                }
            }
            for (BalanceRecorded b : latest.values()) {
                balances.setString(1, b.clientId());
                balances.setDate(2, Date.valueOf(b.asOf()));
                balances.setString(3, b.accountId());
                balances.setBigDecimal(4, b.totalAssets());
                balances.setBigDecimal(5, b.cash());
                balances.setBigDecimal(6, b.marketValue());
                balances.addBatch();
            }
            if (!latest.isEmpty()) {
                balances.executeBatch();
            }
            if (anyTrade) {
                trades.executeBatch();
            }
        }
    }

    @Override
    public void reset(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("delete from client_balance");
            s.executeUpdate("delete from client_trade");
        }
    }

    @Override
    public List<String> tables() {
        return List.of("client_balance", "client_trade");
    }
}
