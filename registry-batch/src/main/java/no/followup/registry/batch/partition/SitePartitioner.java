package no.followup.registry.batch.partition;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One partition per site: sites never share a partition, so a site's figures are written by one
 * worker, and the same partition names on a restart let Spring Batch rerun only the unfinished
 * ones. The partitions carry only the site code, which is what a remote worker would need too.
 */
@Component
public class SitePartitioner implements Partitioner {

  public static final String SITE = "site";

  private final JdbcClient jdbc;

  public SitePartitioner(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, ExecutionContext> partition(int gridSize) {
    Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
    for (String site : jdbc.sql("SELECT code FROM site ORDER BY code").query(String.class).list()) {
      ExecutionContext context = new ExecutionContext();
      context.putString(SITE, site);
      partitions.put("site-" + site, context);
    }
    return partitions;
  }
}
