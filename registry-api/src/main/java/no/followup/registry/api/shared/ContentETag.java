package no.followup.registry.api.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** An ETag from a representation's content, for resources that are not corrected by version. */
@Component
public class ContentETag {

  private final JsonMapper json;

  public ContentETag(JsonMapper json) {
    this.json = json;
  }

  public String of(Object representation) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(representation));
      return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
