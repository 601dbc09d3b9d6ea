/**
 * Flexible funds: a pool of dollars per regional team and state fiscal year (July–June) that pays
 * for small problems before they derail a job (fill-in child care, bus passes, car repairs, phone
 * bills...). A navigator requests for a family, the region's team lead approves or declines and
 * records the payment; amounts under the pool's threshold approve themselves. Every cent moves
 * through an append-only ledger ({@code flexfunds.ledger_entry}); balances are sums over it, and
 * approvals and payments lock the pool row so concurrent clicks can never overspend or pay twice.
 * Publishes {@code flexfunds.request_facts}.
 */
package org.crosswalk.flexfunds;
