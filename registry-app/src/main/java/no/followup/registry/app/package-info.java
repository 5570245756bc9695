/**
 * The assembly of the runnable registry: the Boot main class over the API and web modules. Nothing
 * else lives here; settings are in the API module's {@code application.yaml}.
 */
package no.followup.registry.app;
