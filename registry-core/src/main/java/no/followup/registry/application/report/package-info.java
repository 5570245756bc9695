/**
 * Report jobs for coordinators: starting them in the background, following and restarting their
 * runs. The jobs themselves run behind {@link no.followup.registry.application.report.JobRunner}.
 */
package no.followup.registry.application.report;
