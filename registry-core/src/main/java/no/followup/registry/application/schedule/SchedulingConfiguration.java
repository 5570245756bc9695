package no.followup.registry.application.schedule;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Polls for due schedules unless {@code registry.schedules.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(
    name = "registry.schedules.enabled",
    havingValue = "true",
    matchIfMissing = true)
class SchedulingConfiguration {}
