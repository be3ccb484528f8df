package org.communityhub.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;

/** Post, then redirect: a 303 to a page of the hub, so a refresh or the back button never posts again. */
public final class SeeOther {

  private SeeOther() {}

  public static RedirectView to(String path) {
    RedirectView redirect = new RedirectView(path, true);
    redirect.setStatusCode(HttpStatus.SEE_OTHER);
    return redirect;
  }
}
