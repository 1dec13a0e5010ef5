package dev.kehu.eventstore.runtime;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A request body's text may not hold NUL ({@code "\u0000"}): no text column can store it, and an event that
 * carried it would be refused by every consumer that projects the text. Refused where it comes in, as a 400
 * naming the field. (The log's own mapper, which reads stored events, is not this one and stays lenient.)
 */
@Singleton
public class TextWithoutNul implements ObjectMapperCustomizer {

    static final String MESSAGE = "contains a NUL character";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("kehu-text-without-nul").addDeserializer(String.class, new Refusing()));
    }

    private static final class Refusing extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = super.deserialize(p, ctxt);
            if (text != null && text.indexOf('\0') >= 0) {
                throw InvalidFormatException.from(p, MESSAGE, text, String.class);
            }
            return text;
        }
    }

    static boolean refused(InvalidFormatException e) {
        return e.getValue() instanceof String s && s.indexOf('\0') >= 0;
    }
}
