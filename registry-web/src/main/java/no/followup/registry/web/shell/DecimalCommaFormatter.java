package no.followup.registry.web.shell;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Decimal numbers as Norwegians write them (0,5) and as browsers send them (0.5): both are read;
 * nothing else (no thousands separators, no letters) is a number. Shown back with a comma, but in
 * English.
 */
class DecimalCommaFormatter implements Formatter<BigDecimal> {

  @Override
  public BigDecimal parse(String text, Locale locale) throws ParseException {
    String plain = text.strip().replace(',', '.');
    try {
      return new BigDecimal(plain);
    } catch (NumberFormatException e) {
      throw new ParseException(text, 0);
    }
  }

  @Override
  public String print(BigDecimal value, Locale locale) {
    String plain = value.toPlainString();
    return locale.getLanguage().equals("en") ? plain : plain.replace('.', ',');
  }
}
