/** Study definitions in PostgreSQL: visits, instruments and protocol limits per study version. */
package no.followup.registry.persistence.study;
