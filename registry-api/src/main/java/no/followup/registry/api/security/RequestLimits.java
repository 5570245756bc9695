package no.followup.registry.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits that keep one caller from exhausting the registry: requests per second per site (national
 * roles count per user), with a burst, and the largest request body. {@code 0} turns the rate limit
 * off.
 *
 * @param maxBodyBytes the largest request body accepted; a full bulk submission of 10,000 records
 *     is about 15 MB
 * @param recordsPerSecondPerSite bulk records per second per site, with a burst of {@code
 *     recordsBurst} (two full submissions)
 * @param unauthenticatedPerSecond answers without a valid token per second per client address
 *     (burst twice that); past it 429 instead of 401
 */
@ConfigurationProperties("registry.limits")
public record RequestLimits(
    @DefaultValue("100") int requestsPerSecondPerSite,
    @DefaultValue("200") int burst,
    @DefaultValue("33554432") long maxBodyBytes,
    @DefaultValue("2000") int recordsPerSecondPerSite,
    @DefaultValue("20000") int recordsBurst,
    @DefaultValue("20") int unauthenticatedPerSecond) {}
