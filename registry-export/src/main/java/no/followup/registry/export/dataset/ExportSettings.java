package no.followup.registry.export.dataset;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Research exports: where files go, the suppression threshold, the release key (base64, at least 32
 * bytes; {@code REGISTRY_RELEASE_KEY}) and the rows per sheet before a sheet continues.
 */
@ConfigurationProperties("registry.export")
public record ExportSettings(
    @DefaultValue("out/exports") String directory,
    @DefaultValue("5") int suppressionThreshold,
    String releaseKey,
    @DefaultValue("1048575") int maxRowsPerSheet) {

  @Override
  public String toString() {
    return "ExportSettings[directory="
        + directory
        + ", suppressionThreshold="
        + suppressionThreshold
        + ", releaseKey hidden, maxRowsPerSheet="
        + maxRowsPerSheet
        + "]";
  }
}
