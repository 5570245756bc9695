package no.followup.registry.application.access;

/**
 * Nothing the actor may see has this id. Said the same way whether the record does not exist or
 * belongs to another site, so a site never learns of another site's patients.
 */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what) {
    super(what + " not found");
  }
}
