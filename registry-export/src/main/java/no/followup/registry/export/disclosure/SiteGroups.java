package no.followup.registry.export.disclosure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Health region and site type as a row-level release shows them: merged until every combination
 * released is shared by at least a minimum number of sites, so that no combination singles out one
 * site. First a region whose site types would single out fewer sites than the minimum shows its
 * types as {@value #ANY_TYPE}; then a region with fewer sites than the minimum is merged with the
 * smallest other (their codes joined by {@code +}) until every group is large enough, or all are
 * one.
 */
public final class SiteGroups {

  /** The site type of a region whose types were merged. */
  public static final String ANY_TYPE = "ANY";

  /** A site of the release. */
  public record Site(String code, String region, String siteType) {}

  /** Region and site type as released for a site. */
  public record Released(String region, String siteType) {}

  private SiteGroups() {}

  /** The released region and site type of each site, by site code. */
  public static Map<String, Released> of(Collection<Site> sites, int minimumSites) {
    Map<String, List<Site>> byRegion =
        sites.stream()
            .collect(
                Collectors.groupingBy(Site::region, java.util.TreeMap::new, Collectors.toList()));
    Map<String, Boolean> typesShown = new HashMap<>();
    byRegion.forEach(
        (region, inRegion) ->
            typesShown.put(
                region,
                inRegion.stream()
                    .collect(Collectors.groupingBy(Site::siteType, Collectors.counting()))
                    .values()
                    .stream()
                    .allMatch(count -> count >= minimumSites)));
    List<TreeSet<String>> groups = new ArrayList<>();
    byRegion.keySet().forEach(region -> groups.add(new TreeSet<>(List.of(region))));
    Comparator<TreeSet<String>> smallestFirst =
        Comparator.<TreeSet<String>>comparingLong(g -> sitesIn(g, byRegion))
            .thenComparing(TreeSet::first);
    while (groups.size() > 1) {
      groups.sort(smallestFirst);
      if (sitesIn(groups.get(0), byRegion) >= minimumSites) {
        break;
      }
      groups.get(1).addAll(groups.remove(0));
    }
    Map<String, Released> released = new HashMap<>();
    for (TreeSet<String> group : groups) {
      String label = String.join("+", group);
      boolean merged = group.size() > 1;
      for (String region : group) {
        for (Site site : byRegion.get(region)) {
          boolean showType = !merged && typesShown.get(region);
          released.put(site.code(), new Released(label, showType ? site.siteType() : ANY_TYPE));
        }
      }
    }
    return released;
  }

  private static long sitesIn(Collection<String> regions, Map<String, List<Site>> byRegion) {
    return regions.stream().mapToLong(region -> byRegion.get(region).size()).sum();
  }
}
