package org.communityhub.intake;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** A valid request for a new, made-up resident each time; tests change what they are about. */
public class IntakeCommandBuilder {

  Channel channel = Channel.PHONE;
  String submittedBy = "callhandler";
  String firstName = "Test" + randomLetters();
  String lastName = "Resident" + randomLetters();
  LocalDate dateOfBirth = LocalDate.of(1930, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000));
  String phone = "07700 " + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
  String email = null;
  String addressLine1 = ThreadLocalRandom.current().nextInt(1, 999) + " Duke Street " + randomLetters();
  String addressLine2 = null;
  String town = "St Helens";
  String postcode = "WA10 1HF";
  Set<Need> needs = EnumSet.of(Need.FOOD);
  Urgency urgency = Urgency.SOON;
  Boolean supportNetworkAvailable = false;
  boolean shielding = false;
  boolean disability = false;
  boolean selfIsolating = false;
  boolean consentShareWithPartners = true;
  boolean consentVolunteerContact = true;
  String notes = "Leave shopping with neighbour at no. 3";

  public static IntakeCommandBuilder aRequest() {
    return new IntakeCommandBuilder();
  }

  public IntakeCommandBuilder sameResidentAs(IntakeCommand other) {
    firstName = other.firstName();
    lastName = other.lastName();
    dateOfBirth = other.dateOfBirth();
    phone = other.phone();
    email = other.email();
    addressLine1 = other.addressLine1();
    postcode = other.postcode();
    return this;
  }

  public IntakeCommandBuilder name(String first, String last) {
    firstName = first;
    lastName = last;
    return this;
  }

  public IntakeCommandBuilder dateOfBirth(LocalDate value) {
    dateOfBirth = value;
    return this;
  }

  public IntakeCommandBuilder phone(String value) {
    phone = value;
    return this;
  }

  public IntakeCommandBuilder email(String value) {
    email = value;
    return this;
  }

  public IntakeCommandBuilder address(String line1, String postcodeValue) {
    addressLine1 = line1;
    postcode = postcodeValue;
    return this;
  }

  public IntakeCommandBuilder postcode(String value) {
    postcode = value;
    return this;
  }

  public IntakeCommandBuilder needs(Need... values) {
    needs = values.length == 0 ? Set.of() : EnumSet.of(values[0], values);
    return this;
  }

  public IntakeCommandBuilder urgency(Urgency value) {
    urgency = value;
    return this;
  }

  public IntakeCommandBuilder supportNetworkAvailable(Boolean value) {
    supportNetworkAvailable = value;
    return this;
  }

  public IntakeCommandBuilder shielding(boolean value) {
    shielding = value;
    return this;
  }

  public IntakeCommandBuilder youngAndNotVulnerable() {
    dateOfBirth = LocalDate.now().minusYears(35);
    shielding = false;
    disability = false;
    selfIsolating = false;
    return this;
  }

  public IntakeCommandBuilder consentToShare(boolean value) {
    consentShareWithPartners = value;
    return this;
  }

  public IntakeCommandBuilder submittedBy(String value) {
    this.submittedBy = value;
    return this;
  }

  public IntakeCommandBuilder notes(String value) {
    notes = value;
    return this;
  }

  public IntakeCommandBuilder channel(Channel value) {
    channel = value;
    return this;
  }

  public IntakeCommand build() {
    return new IntakeCommand(channel, submittedBy, firstName, lastName, dateOfBirth, phone, email,
        addressLine1, addressLine2, town, postcode, needs, urgency, supportNetworkAvailable,
        shielding, disability, selfIsolating, consentShareWithPartners, consentVolunteerContact, notes);
  }

  private static String randomLetters() {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return letters.toString();
  }
}
