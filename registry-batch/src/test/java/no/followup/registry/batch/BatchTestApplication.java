package no.followup.registry.batch;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/** The batch jobs with the persistence they read, without the web application around them. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan({"no.followup.registry.batch", "no.followup.registry.persistence.study"})
public class BatchTestApplication {}
