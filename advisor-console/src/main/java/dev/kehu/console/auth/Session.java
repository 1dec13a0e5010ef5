package dev.kehu.console.auth;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.qute.TemplateData;

/** Who is signed in for this request (from the session cookie), and in which language the pages speak. */
@RequestScoped
@TemplateData
public class Session {

    private String id;
    private String token;
    private String role;
    private String name;
    private String lang = "zh";

    void signedIn(String id, String token, String role, String name) {
        this.id = id;
        this.token = token;
        this.role = role;
        this.name = name;
    }

    void lang(String lang) {
        this.lang = lang;
    }

    /** The {@code Authorization} header the services are called with. */
    public String bearer() {
        return "Bearer " + token;
    }

    /** The console session's id (null when signed in through OIDC, whose session is its own). */
    String id() {
        return id;
    }

    public String role() {
        return role;
    }

    public String name() {
        return name;
    }

    public String lang() {
        return lang;
    }

    /** A manager also assigns tasks, manages products and starts campaigns. */
    public boolean isManager() {
        return "manager".equals(role);
    }

    /** Advisors and managers work clients and tasks; an auditor only reads. */
    public boolean canWrite() {
        return "advisor".equals(role) || "manager".equals(role);
    }
}
