package dev.kehu.console.auth;

import java.net.URI;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.kehu.console.config.ConsoleConfig;
import dev.kehu.console.i18n.Msg;
import io.quarkus.qute.Template;

/**
 * The development sign-in (docs/contract.md, "advisor-console"): a role and a name, and the console
 * starts a session holding a token signed with the local run's key, as {@code ./kehu token} does. Only
 * {@code ./kehu up} and the tests turn it on ({@code kehu.console.dev-sign-in}); a console with neither
 * it nor OIDC signs nobody in and says so on this page.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    static final Set<String> ROLES = Set.of("advisor", "manager", "auditor");

    @Inject
    Template signin;

    @Inject
    Session session;

    @Inject
    SessionStore sessions;

    @Inject
    ConsoleConfig config;

    @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false")
    boolean oidc;

    @GET
    @Path("sign-in")
    public Object form() {
        if (oidc) { // the identity provider signs people in: "/" sends a browser without a session there
            return Response.seeOther(URI.create("/")).build();
        }
        return page(null);
    }

    @POST
    @Path("sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object signIn(@FormParam("role") String role, @FormParam("name") String name) {
        if (oidc) {
            return Response.status(404).build();
        }
        if (!config.devSignIn()) {
            return Response.status(403).entity(page(null)).build(); // the page says why nobody can sign in here
        }
        String who = name == null ? "" : name.strip();
        if (role == null || !ROLES.contains(role) || who.isEmpty() || who.length() > 60) {
            return Response.status(400).entity(page(Msg.of(session.lang()).t("signin.invalid"))).build();
        }
        SessionStore.Entry entry = sessions.start(role, who);
        return Response.seeOther(URI.create("/")).cookie(SessionFilter.sessionCookie(entry.id(), -1, config.secureCookie())).build();
    }

    /**
     * Ends the session on the server (a copy of the cookie is worthless from now on) and deletes the
     * cookie. Reached only with a live session and the form's token (SessionFilter, RequestGuard).
     */
    @POST
    @Path("sign-out")
    public Response signOut(@CookieParam(SessionFilter.SESSION_COOKIE) String id) {
        sessions.end(id);
        return Response.seeOther(URI.create("/sign-in")).cookie(SessionFilter.sessionCookie("", 0, config.secureCookie())).build();
    }

    private Object page(String error) {
        return signin.data("m", Msg.of(session.lang())).data("error", error).data("enabled", config.devSignIn());
    }
}
