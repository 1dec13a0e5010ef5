package dev.kehu.eventstore.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

/**
 * The bearer-token authentication of every service parses through here: a token verified a moment
 * ago is not verified again (see {@link VerifiedTokens}). Only {@code parse(String)} is decorated,
 * the one the mechanism calls; the other methods reach the parser unchanged.
 */
@Decorator
@Priority(10)
public abstract class RememberingJwtParser implements JWTParser {

    private final JWTParser parser;
    private final VerifiedTokens verified = new VerifiedTokens();

    @Inject
    public RememberingJwtParser(@Delegate @Any JWTParser parser) {
        this.parser = parser;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        return verified.parse(token, parser::parse);
    }
}
