package dev.kehu.console.auth;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.kehu.console.i18n.Msg;
import io.quarkus.qute.Template;
import io.smallrye.jwt.build.Jwt;

/**
 * The development sign-in of SPEC §10: a role and a name, and the console signs a token with the
 * local run's key (as {@code ./kehu token} does) and keeps it in an HttpOnly cookie. The services
 * verify that same token on every call the console makes for the person.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    static final Set<String> ROLES = Set.of("advisor", "manager", "auditor");

    @Inject
    Template signin;

    @Inject
    Session session;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @ConfigProperty(name = "kehu.console.token-hours", defaultValue = "8")
    int tokenHours;

    @ConfigProperty(name = "kehu.console.dev-sign-in", defaultValue = "true")
    boolean devSignIn;

    @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false")
    boolean oidc;

    @GET
    @Path("sign-in")
    public Object form() {
        if (oidc) { // the identity provider signs people in: "/" sends a browser without a session there
            return Response.seeOther(URI.create("/")).build();
        }
        return signin.data("m", Msg.of(session.lang())).data("error", null).data("enabled", devSignIn);
    }

    @POST
    @Path("sign-in")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object signIn(@FormParam("role") String role, @FormParam("name") String name) {
        Msg m = Msg.of(session.lang());
        String who = name == null ? "" : name.strip();
        if (!devSignIn || oidc) {
            return Response.status(404).build();
        }
        if (role == null || !ROLES.contains(role) || who.isEmpty() || who.length() > 60) {
            return Response.status(400).entity(signin.data("m", m).data("error", m.t("signin.invalid")).data("enabled", true)).build();
        }
        String token = Jwt.issuer(issuer).subject(who).upn(who).groups(Set.of(role))
                .expiresIn(Duration.ofHours(tokenHours)).sign();
        NewCookie cookie = new NewCookie.Builder(SessionFilter.TOKEN_COOKIE).value(token).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).maxAge(tokenHours * 3600).build();
        return Response.seeOther(URI.create("/")).cookie(cookie).build();
    }

    @POST
    @Path("sign-out")
    public Response signOut() {
        return Response.seeOther(URI.create("/sign-in")).cookie(expired()).build();
    }

    static NewCookie expired() {
        return new NewCookie.Builder(SessionFilter.TOKEN_COOKIE).value("").path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).maxAge(0).build();
    }
}
