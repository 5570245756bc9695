package no.followup.registry.export.dataset;

import java.util.Set;
import java.util.stream.Collectors;
import no.followup.registry.application.export.Datasets;
import no.followup.registry.application.research.ReleaseVariables;
import org.springframework.stereotype.Component;

/**
 * The variables a data-access project can be approved for: the row-level dataset's codebook, as
 * {@code sheet.column}, less the pseudonyms that come with every sheet.
 */
@Component
class CodebookVariables implements ReleaseVariables {

  @Override
  public Set<String> releasable() {
    return DatasetDescription.named(Datasets.EVALUATION_2028).variables().stream()
        .filter(v -> !Evaluation2028Dataset.PSEUDONYMS.contains(v.substring(v.indexOf('.') + 1)))
        .collect(Collectors.toUnmodifiableSet());
  }
}
