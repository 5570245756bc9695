package no.followup.registry.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The secret key of the participant pseudonyms ({@code REGISTRY_PSEUDONYM_KEY}, base64, at least 32
 * bytes). It lives in configuration only: never in the database, never in a log. Losing it means
 * the same person enrolled later becomes a new participant, so keep it like a database key.
 */
@ConfigurationProperties("registry.pseudonym")
public record PseudonymSettings(String key) {

  @Override
  public String toString() {
    return "PseudonymSettings[key hidden]";
  }
}
