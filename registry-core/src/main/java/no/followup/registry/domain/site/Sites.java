package no.followup.registry.domain.site;

import java.util.List;
import java.util.Optional;

/** The registry's sites. */
public interface Sites {

  Optional<Site> find(SiteCode code);

  List<Site> all();
}
