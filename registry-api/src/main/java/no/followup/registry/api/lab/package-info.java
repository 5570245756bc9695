/** Lab results over HTTP: liver, kidney and urine values with unit and upper normal limit. */
package no.followup.registry.api.lab;
