/** Research datasets: the catalogue, export requests and the streamed Excel files. */
package no.followup.registry.api.export;
