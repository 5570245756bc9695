package no.followup.registry.application;

/** The request clashes with what is stored (the participant is already enrolled here, say). */
public class ConflictException extends RuntimeException {

  private final String code;

  public ConflictException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
