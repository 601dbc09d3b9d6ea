/**
 * Referrals from a family to a partner's service, closed loop: sent, accepted or declined in the
 * partner's inbox, service delivered, or withdrawn by the sender.
 * {@link org.crosswalk.services.referrals.PartnerReferrals} and
 * {@link org.crosswalk.services.referrals.ReferralBatch} are its public face.
 */
@org.springframework.modulith.NamedInterface("referrals")
package org.crosswalk.services.referrals;
