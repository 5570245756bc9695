/**
 * Research access: approved data-access projects (who may receive which variables of which study,
 * until when) and the locked dates row-level releases are made as of.
 */
package no.followup.registry.domain.research;
