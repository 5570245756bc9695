/**
 * The standalone worker: runs one report job from the command line against the registry's database,
 * resuming a run that crashed instead of starting it over.
 */
package no.followup.registry.batch.worker;
