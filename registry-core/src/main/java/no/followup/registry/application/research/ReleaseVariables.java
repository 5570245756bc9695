package no.followup.registry.application.research;

import java.util.Set;

/** The variables ({@code sheet.column}) a project may be approved for: the row-level codebook's. */
public interface ReleaseVariables {

  Set<String> releasable();
}
