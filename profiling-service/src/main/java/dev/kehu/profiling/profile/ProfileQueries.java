package dev.kehu.profiling.profile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import dev.kehu.profiling.client.ClientProfile;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads of the current-profile read model. */
@ApplicationScoped
public class ProfileQueries {

    private final ClientProfileProjection projection;

    public ProfileQueries(ClientProfileProjection projection) {
        this.projection = projection;
    }

    public Optional<ClientProfile> current(Connection c, String clientId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select state::text from client_profile where client_id = ?")) {
            ps.setString(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(projection.read(rs.getString(1))) : Optional.empty();
            }
        }
    }

    public boolean exists(Connection c, String clientId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from client_profile where client_id = ?")) {
            ps.setString(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
