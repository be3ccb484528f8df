package org.communityhub.desk;

import java.util.List;
import org.communityhub.area.Postcodes;
import org.communityhub.dispatch.DispatchTaskService;
import org.communityhub.eligibility.PartnerType;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.RequestAction;
import org.communityhub.intake.WithdrawalReason;
import org.communityhub.referrals.ReferralService;
import org.communityhub.residents.ResidentService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do to a request from its desk page. Each action is one transaction through the
 * owning features' services, and is recorded on the request (intake's action record) with who did
 * it, so it shows on the timeline.
 */
@Service
public class RequestActions {

  private final IntakeService intake;
  private final ResidentService residents;
  private final ReferralService referrals;
  private final DispatchTaskService dispatch;

  RequestActions(IntakeService intake, ResidentService residents, ReferralService referrals,
      DispatchTaskService dispatch) {
    this.intake = intake;
    this.residents = residents;
    this.referrals = referrals;
    this.dispatch = dispatch;
  }

  @Transactional
  public void addNote(HelpRequest request, String text, String staffUser) {
    intake.recordAction(request.getId(), RequestAction.Kind.NOTE, null, text.strip(), staffUser);
  }

  /** Updates the resident's contact details (a blank field keeps what is stored); false if nothing changed. */
  @Transactional
  boolean updateContactDetails(HelpRequest request, RequestActionForms.ContactForm form, String staffUser) {
    String postcode = RequestActionForms.blank(form.contactPostcode()) ? null
        : Postcodes.normalise(form.contactPostcode());
    List<String> changed = residents.updateContactDetails(request.getResidentId(), form.details(postcode));
    if (changed.isEmpty()) {
      return false;
    }
    intake.recordAction(request.getId(), RequestAction.Kind.CONTACT_UPDATED, String.join(", ", changed), null,
        staffUser);
    return true;
  }

  /** Starts a referral as Tasklist's 'Refer to partner' does; the referral's reason stays with referrals. */
  @Transactional
  public void refer(HelpRequest request, PartnerType partnerType, String reason, String staffUser) {
    referrals.referByStaff(request.getReference(), partnerType, reason.strip(), staffUser);
    intake.recordAction(request.getId(), RequestAction.Kind.REFERRED, partnerType.name(), null, staffUser);
  }

  /**
   * Withdraws or closes an open request: dispatch withdraws its offers and frees the volunteer,
   * referrals withdraw theirs, intake closes the request and ends its process. All or nothing.
   * Returns false if the request was already closed.
   */
  @Transactional
  public boolean withdraw(HelpRequest request, WithdrawalReason reason, String otherReason, String staffUser) {
    if (!request.isOpen()) {
      return false;
    }
    dispatch.withdrawRequest(request.getId());
    referrals.withdrawForRequest(request.getId(), request.getReference());
    return intake.withdraw(request.getId(), reason, otherReason == null ? null : otherReason.strip(), staffUser);
  }
}
