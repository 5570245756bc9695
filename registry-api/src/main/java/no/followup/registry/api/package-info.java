/**
 * The Spring Boot application of the registry: REST controllers by concept, security, problem
 * details, and the configuration that wires core, export and batch together.
 */
package no.followup.registry.api;
