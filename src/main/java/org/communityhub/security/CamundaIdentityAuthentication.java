package org.communityhub.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Staff's user names and passwords are Camunda's (the same as Tasklist's); each Camunda group the
 * user is in becomes the Spring authority {@code GROUP_<group id>}. Camunda's own checks count
 * failed attempts and lock the account after too many.
 */
final class CamundaIdentityAuthentication implements AuthenticationProvider {

  private final IdentityService identityService;

  CamundaIdentityAuthentication(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    String password = String.valueOf(authentication.getCredentials());
    // A blank field is a slip, not an attempt: it does not count towards Camunda's lock-out.
    if (user == null || user.isBlank() || password.isEmpty() || !identityService.checkPassword(user, password)) {
      throw new BadCredentialsException("Wrong user name or password");
    }
    return signedIn(identityService, user);
  }

  /** An authenticated Spring user for a Camunda user whose password was already checked. */
  static UsernamePasswordAuthenticationToken signedIn(IdentityService identityService, String user) {
    List<SimpleGrantedAuthority> groups = identityService.createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).map(id -> new SimpleGrantedAuthority("GROUP_" + id)).toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, groups);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
