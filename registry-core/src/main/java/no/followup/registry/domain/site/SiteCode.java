package no.followup.registry.domain.site;

import java.util.regex.Pattern;

/** A site's short code, such as {@code OUS}; the key of site isolation. */
public record SiteCode(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]{1,11}");

  public SiteCode {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("a site code is 2 to 12 capital letters or digits");
    }
  }

  public static SiteCode of(String value) {
    return new SiteCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
