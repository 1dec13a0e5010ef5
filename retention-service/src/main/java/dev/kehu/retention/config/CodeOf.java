package dev.kehu.retention.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A code read as text, so that a wrong one is named in the 400 with the codes it may be, instead of
 * failing the whole body as JSON of the wrong type. No text or blank text is left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = CodeOf.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CodeOf {

    /** The codes: the constants of this enum. */
    Class<? extends Enum<?>> value();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CodeOf, String> {

        private Enum<?>[] codes;

        @Override
        public void initialize(CodeOf annotation) {
            codes = annotation.value().getEnumConstants();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank() || Arrays.stream(codes).anyMatch(c -> c.name().equals(value))) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be one of " + Arrays.toString(codes))
                    .addConstraintViolation();
            return false;
        }
    }
}
