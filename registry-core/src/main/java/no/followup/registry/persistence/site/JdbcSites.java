package no.followup.registry.persistence.site;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import no.followup.registry.domain.site.HealthRegion;
import no.followup.registry.domain.site.Site;
import no.followup.registry.domain.site.SiteCode;
import no.followup.registry.domain.site.SiteType;
import no.followup.registry.domain.site.Sites;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSites implements Sites {

  private final JdbcClient jdbc;

  JdbcSites(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Site> find(SiteCode code) {
    return jdbc.sql("SELECT * FROM site WHERE code = ?")
        .param(code.value())
        .query(JdbcSites::site)
        .optional();
  }

  @Override
  public List<Site> all() {
    return jdbc.sql("SELECT * FROM site ORDER BY code").query(JdbcSites::site).list();
  }

  private static Site site(ResultSet rs, int row) throws SQLException {
    return new Site(
        SiteCode.of(rs.getString("code")),
        rs.getString("name"),
        HealthRegion.valueOf(rs.getString("region")),
        SiteType.valueOf(rs.getString("site_type")));
  }
}
