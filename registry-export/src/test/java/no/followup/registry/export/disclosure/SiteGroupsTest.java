package no.followup.registry.export.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Region and site type as released never single out fewer than three sites. */
class SiteGroupsTest {

  @Example
  void the_registrys_seven_sites_show_as_two_groups() {
    List<SiteGroups.Site> sites =
        List.of(
            new SiteGroups.Site("OUS", "HELSE_SOR_OST", "PUBLIC_HOSPITAL"),
            new SiteGroups.Site("SOHF", "HELSE_SOR_OST", "PUBLIC_HOSPITAL"),
            new SiteGroups.Site("KKO", "HELSE_SOR_OST", "PRIVATE_CLINIC"),
            new SiteGroups.Site("HUS", "HELSE_VEST", "PUBLIC_HOSPITAL"),
            new SiteGroups.Site("SUS", "HELSE_VEST", "PUBLIC_HOSPITAL"),
            new SiteGroups.Site("STO", "HELSE_MIDT_NORGE", "PUBLIC_HOSPITAL"),
            new SiteGroups.Site("UNN", "HELSE_NORD", "PUBLIC_HOSPITAL"));

    Map<String, SiteGroups.Released> released = SiteGroups.of(sites, 3);

    assertThat(released.get("KKO"))
        .as("the only private clinic would be singled out: its region shows no type")
        .isEqualTo(new SiteGroups.Released("HELSE_SOR_OST", "ANY"));
    assertThat(released.get("OUS")).isEqualTo(new SiteGroups.Released("HELSE_SOR_OST", "ANY"));
    assertThat(released.get("UNN"))
        .isEqualTo(new SiteGroups.Released("HELSE_MIDT_NORGE+HELSE_NORD+HELSE_VEST", "ANY"));
    assertThat(released.get("HUS")).isEqualTo(released.get("STO"));
  }

  @Example
  void a_region_with_three_sites_of_each_type_shows_them() {
    List<SiteGroups.Site> sites = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      sites.add(new SiteGroups.Site("H" + i, "HELSE_VEST", "PUBLIC_HOSPITAL"));
      sites.add(new SiteGroups.Site("C" + i, "HELSE_VEST", "PRIVATE_CLINIC"));
    }

    assertThat(SiteGroups.of(sites, 3).get("C0"))
        .isEqualTo(new SiteGroups.Released("HELSE_VEST", "PRIVATE_CLINIC"));
  }

  @Property(tries = 300)
  void every_released_combination_is_shared_by_three_sites_or_is_everyone(
      @ForAll("registers") List<SiteGroups.Site> sites) {
    Map<String, SiteGroups.Released> released = SiteGroups.of(sites, 3);

    assertThat(released.keySet()).hasSize(sites.size());
    Map<SiteGroups.Released, Set<String>> shared = new HashMap<>();
    released.forEach(
        (site, group) -> shared.computeIfAbsent(group, g -> new HashSet<>()).add(site));
    if (sites.size() >= 3) {
      shared.forEach(
          (group, members) -> assertThat(members).as("%s", group).hasSizeGreaterThanOrEqualTo(3));
    } else {
      assertThat(shared).as("too few sites: one group").hasSizeLessThanOrEqualTo(1);
    }
    for (SiteGroups.Site site : sites) {
      SiteGroups.Released group = released.get(site.code());
      assertThat(group.region().split("\\+"))
          .as("a site's region is in its group")
          .contains(site.region());
      assertThat(group.siteType()).isIn(site.siteType(), SiteGroups.ANY_TYPE);
    }
  }

  @Provide
  Arbitrary<List<SiteGroups.Site>> registers() {
    return Arbitraries.integers()
        .between(0, 14)
        .flatMap(
            count ->
                Arbitraries.of("HELSE_SOR_OST", "HELSE_VEST", "HELSE_MIDT_NORGE", "HELSE_NORD")
                    .list()
                    .ofSize(count)
                    .flatMap(
                        regions ->
                            Arbitraries.of("PUBLIC_HOSPITAL", "PRIVATE_CLINIC")
                                .list()
                                .ofSize(count)
                                .map(
                                    types -> {
                                      List<SiteGroups.Site> sites = new ArrayList<>();
                                      for (int i = 0; i < count; i++) {
                                        sites.add(
                                            new SiteGroups.Site(
                                                "S" + i, regions.get(i), types.get(i)));
                                      }
                                      return sites;
                                    })));
  }
}
