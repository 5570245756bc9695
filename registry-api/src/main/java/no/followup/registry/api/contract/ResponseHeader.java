package no.followup.registry.api.contract;

/** The response headers the API's successes carry, as the contract describes them. */
public enum ResponseHeader {
  LOCATION(
      "Location", "uri-reference", "Where the new resource, or the work started, can be read."),
  ETAG("ETag", null, "The version as a strong entity tag (\"3\"): send it as If-Match to correct."),
  IDEMPOTENT_REPLAYED(
      "Idempotent-Replayed",
      null,
      "\"true\" when this is the stored answer to an earlier request with the same"
          + " Idempotency-Key: nothing was written again.");

  private final String header;
  private final String format;
  private final String description;

  ResponseHeader(String header, String format, String description) {
    this.header = header;
    this.format = format;
    this.description = description;
  }

  public String header() {
    return header;
  }

  String format() {
    return format;
  }

  String description() {
    return description;
  }
}
