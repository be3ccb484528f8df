package org.communityhub.residents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A person the hub helps. Special-category personal data: never log its fields at INFO. */
@Entity
@Table(name = "resident")
public class Resident {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resident_seq")
  @SequenceGenerator(name = "resident_seq", sequenceName = "resident_seq", allocationSize = 50)
  private Long id;

  private String firstName;
  private String lastName;
  private LocalDate dateOfBirth;
  private String phone;
  private String email;
  @Column(name = "address_line1")
  private String addressLine1;
  @Column(name = "address_line2")
  private String addressLine2;
  private String town;
  private String postcode;
  private String nameKey;
  private String addressKey;
  private Instant createdAt;
  private Instant updatedAt;

  protected Resident() {}

  Resident(ResidentDetails details) {
    this.createdAt = Instant.now();
    update(details);
  }

  /**
   * The latest contact brings the latest details; a field left blank keeps what we know (a caller
   * who skips "Address line 2" has not moved out of flat 3). Line 2 belongs to its address: when
   * the first line or the postcode changes, the new address is taken whole, so an old flat
   * number never travels to a new street.
   */
  void update(ResidentDetails details) {
    this.firstName = given(details.firstName(), firstName);
    this.lastName = given(details.lastName(), lastName);
    this.dateOfBirth = details.dateOfBirth() != null ? details.dateOfBirth() : dateOfBirth;
    if (isGiven(details.phone())) {
      this.phone = ResidentKeys.phone(details.phone());
    }
    if (isGiven(details.email())) {
      this.email = ResidentKeys.email(details.email());
    }
    String newLine1 = given(details.addressLine1(), addressLine1);
    String newPostcode = given(details.postcode(), postcode);
    boolean moved = addressKey != null && !ResidentKeys.address(newPostcode, newLine1).equals(addressKey);
    this.addressLine2 = isGiven(details.addressLine2()) ? details.addressLine2().trim() : moved ? null : addressLine2;
    this.addressLine1 = newLine1;
    this.postcode = newPostcode;
    this.town = given(details.town(), town);
    this.nameKey = ResidentKeys.name(firstName, lastName);
    this.addressKey = ResidentKeys.address(postcode, addressLine1);
    this.updatedAt = Instant.now();
  }

  private static boolean isGiven(String value) {
    return value != null && !value.isBlank();
  }

  private static String given(String value, String known) {
    return isGiven(value) ? value.trim() : known;
  }

  /**
   * Replaces everything that identifies the person. The row stays so that requests, referrals
   * and the disclosure register still add up; the postcode district is kept for area statistics.
   */
  void erase(Instant now) {
    String erased = "(erased)";
    this.firstName = erased;
    this.lastName = erased;
    this.dateOfBirth = LocalDate.of(1900, 1, 1);
    this.phone = null;
    this.email = null;
    this.addressLine1 = erased;
    this.addressLine2 = null;
    this.town = erased;
    this.postcode = postcode.substring(0, postcode.indexOf(' ') > 0 ? postcode.indexOf(' ') : postcode.length());
    this.nameKey = "erased-" + id;
    this.addressKey = "erased-" + id;
    this.updatedAt = now;
  }

  ResidentDetails details() {
    return new ResidentDetails(firstName, lastName, dateOfBirth, phone, email, addressLine1,
        addressLine2, town, postcode);
  }

  Long getId() {
    return id;
  }

  String getFirstName() {
    return firstName;
  }

  LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  String getPhone() {
    return phone;
  }

  String getEmail() {
    return email;
  }

  String getNameKey() {
    return nameKey;
  }

  String getAddressKey() {
    return addressKey;
  }
}
