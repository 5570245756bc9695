package no.followup.registry.application;

/** A correction named a version that is no longer current: someone else corrected first. */
public class StaleVersionException extends RuntimeException {

  private final int currentVersion;

  public StaleVersionException(int currentVersion) {
    super("the record has changed; its current version is " + currentVersion);
    this.currentVersion = currentVersion;
  }

  public int currentVersion() {
    return currentVersion;
  }
}
