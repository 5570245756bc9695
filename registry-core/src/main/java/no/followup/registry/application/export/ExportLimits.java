package no.followup.registry.application.export;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much export work one user may have going ({@code registry.export.limits.*}), and how long a
 * written file is kept: after the retention period it is deleted, and with it the data of every
 * participant who has withdrawn since.
 */
@ConfigurationProperties("registry.export.limits")
public record ExportLimits(
    @DefaultValue("2") int maxRunningPerUser, @DefaultValue("P30D") Duration retention) {}
