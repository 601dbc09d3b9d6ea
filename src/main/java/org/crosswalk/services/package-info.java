/**
 * Partner services: the partner directory in Open Referral HSDS 3.0 shape ({@code directory}) and
 * closed-loop referrals from a family to a partner's service, answered in the partner's inbox
 * ({@code referrals}). Other modules read referrals through the view {@code services.referral_facts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partner services")
package org.crosswalk.services;
