package no.followup.registry.api.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a handler answers when it succeeds, for the published contract: handlers return {@code
 * ResponseEntity}, from which the status and headers cannot be read. The error answers follow from
 * the operation's method, path and parameters ({@link ContractCustomizer}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Responds {

  /** The success status. */
  int value();

  /** The headers the success carries. */
  ResponseHeader[] headers() default {};

  /** Other success statuses with the same body and no headers (a dry run's 200). */
  int[] also() default {};

  /** The media type of a body that is a file rather than JSON. */
  String mediaType() default "";

  /** Error statuses this operation can answer besides those its method and path imply. */
  int[] errors() default {};
}
