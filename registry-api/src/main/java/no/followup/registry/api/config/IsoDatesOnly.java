package no.followup.registry.api.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Dates are read only as the contract writes them, {@code "2026-09-01"}: Jackson would also take
 * {@code [2026, 9, 1]} and a number of days, which no site means to send.
 */
final class IsoDatesOnly extends StdDeserializer<LocalDate> {

  IsoDatesOnly() {
    super(LocalDate.class);
  }

  static SimpleModule module() {
    return new SimpleModule("iso-dates-only").addDeserializer(LocalDate.class, new IsoDatesOnly());
  }

  @Override
  public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
    if (!parser.hasToken(JsonToken.VALUE_STRING)) {
      return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
    }
    String text = parser.getString();
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date");
    }
  }
}
