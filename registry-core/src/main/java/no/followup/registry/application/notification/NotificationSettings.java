package no.followup.registry.application.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.followup.registry.domain.safety.SignalKind;
import no.followup.registry.domain.site.SiteCode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who is told of which signals ({@code registry.notifications.*}): the kinds that notify (every
 * signal raised at submission by default; overdue follow-ups go by the weekly reminder), the
 * coordinators' addresses, each site lead's, the sender, the registry's address for links, and how
 * delivery retries (doubling from {@code firstRetry}, at most {@code maxAttempts} tries).
 */
@ConfigurationProperties("registry.notifications")
public record NotificationSettings(
    @DefaultValue("true") boolean enabled,
    @DefaultValue({
          "SERIOUS_ADVERSE_EVENT",
          "SPECIAL_INTEREST_EVENT",
          "URINARY_SYMPTOMS",
          "MISUSE_OR_CRAVING",
          "BLOOD_PRESSURE_HIGH",
          "OXYGEN_SATURATION_LOW",
          "LIVER_ENZYMES_HIGH",
          "KIDNEY_FUNCTION_REDUCED",
          "SUICIDAL_THOUGHTS",
          "EXPOSURE_BEYOND_PROTOCOL"
        })
        Set<SignalKind> kinds,
    @DefaultValue({}) List<String> coordinators,
    Map<String, List<String>> siteLeads,
    @DefaultValue("registry@localhost") String from,
    @DefaultValue("http://127.0.0.1:8080") String baseUrl,
    @DefaultValue("PT30S") Duration firstRetry,
    @DefaultValue("8") int maxAttempts) {

  public NotificationSettings {
    siteLeads = siteLeads == null ? Map.of() : Map.copyOf(siteLeads);
  }

  /**
   * The addresses of a site's lead. Keys from environment variables arrive in lower case
   * (REGISTRY_NOTIFICATIONS_SITELEADS_OUS).
   */
  public List<String> leadsOf(SiteCode site) {
    return siteLeads.entrySet().stream()
        .filter(lead -> lead.getKey().equalsIgnoreCase(site.value()))
        .flatMap(lead -> lead.getValue().stream())
        .filter(address -> !address.isBlank())
        .toList();
  }
}
