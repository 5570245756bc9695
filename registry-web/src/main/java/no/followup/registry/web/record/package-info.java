/**
 * The forms of the clinical records (infusion, assessment, adverse event), laid out from the study
 * definition where it defines them; the domain's violations shown at their fields, its protocol
 * warnings shown after saving.
 */
package no.followup.registry.web.record;
