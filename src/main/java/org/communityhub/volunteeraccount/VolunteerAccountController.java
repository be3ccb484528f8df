package org.communityhub.volunteeraccount;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.communityhub.area.AreaService;
import org.communityhub.dispatch.DispatchHistory;
import org.communityhub.platform.Choice;
import org.communityhub.platform.SeeOther;
import org.communityhub.platform.validation.FieldError;
import org.communityhub.platform.validation.InvalidInputException;
import org.communityhub.volunteers.Skill;
import org.communityhub.volunteers.TimeOfDay;
import org.communityhub.volunteers.VolunteerDetails;
import org.communityhub.volunteers.VolunteerService;
import org.communityhub.volunteers.VolunteerStatus;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A volunteer's own pages (templates/volunteeraccount): sign in with a link sent by email, then see
 * their details, when they are free, the offers waiting for their answer and what they did; change
 * when they are free and their contact details, take a break and come back, and leave, with their
 * personal data erased if they ask. The signed-in volunteer is an id in the HTTP session (a new
 * session id at sign-in), not a Spring Security sign-in: a volunteer is not staff.
 */
@Controller
class VolunteerAccountController {

  static final String SESSION_VOLUNTEER = "volunteerAccount.volunteerId";
  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final VolunteerSignIn signIn;
  private final VolunteerService volunteers;
  private final DispatchHistory history;
  private final AreaService area;

  VolunteerAccountController(VolunteerSignIn signIn, VolunteerService volunteers, DispatchHistory history,
      AreaService area) {
    this.signIn = signIn;
    this.volunteers = volunteers;
    this.history = history;
    this.area = area;
  }

  /** A choice on a form: the value sent and the words shown. */
  /** A line of the volunteer's work: what, when, how it ended. */
  record WorkLine(String need, String when, String status) {}

  @GetMapping("/volunteer/sign-in")
  String signInPage(Model model) {
    return showSignIn("", List.of(), model);
  }

  @PostMapping("/volunteer/sign-in")
  Object askForLink(@RequestParam(defaultValue = "") String email, Model model, HttpServletResponse response) {
    String address = email.strip();
    if (address.isEmpty() || address.length() > 254 || !address.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return showSignIn(email, List.of(new FieldError("email", address.isEmpty() ? "Enter your email address"
          : "Enter an email address in the correct format, like name@example.com")), model);
    }
    signIn.requestLink(address);
    return SeeOther.to("/volunteer/sign-in/sent");
  }

  @GetMapping("/volunteer/sign-in/sent")
  String linkSent(Model model) {
    model.addAttribute("validFor", signIn.validFor());
    return "volunteeraccount/link-sent";
  }

  /** The link from the email shows a button: a mail scanner following links uses nothing up. */
  @GetMapping("/volunteer/sign-in/link/{token}")
  String linkPage(@PathVariable String token, Model model, HttpServletResponse response) {
    VolunteerSignIn.LinkState state = signIn.state(token);
    if (state != VolunteerSignIn.LinkState.VALID) {
      return linkProblem(state, model, response);
    }
    model.addAttribute("token", token);
    return "volunteeraccount/sign-in-link";
  }

  @PostMapping("/volunteer/sign-in/link/{token}")
  Object useLink(@PathVariable String token, HttpServletRequest request, Model model, HttpServletResponse response) {
    Optional<Long> volunteer = signIn.use(token);
    if (volunteer.isEmpty()) {
      return linkProblem(signIn.state(token), model, response);
    }
    // Session fixation: whoever planted a session id before sign-in does not share this one.
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    session.setAttribute(SESSION_VOLUNTEER, volunteer.get());
    return SeeOther.to("/volunteer/account");
  }

  @GetMapping("/volunteer/account")
  Object account(HttpSession session, Model model) {
    Optional<VolunteerDetails> volunteer = signedIn(session);
    if (volunteer.isEmpty()) {
      return SeeOther.to("/volunteer/sign-in");
    }
    return showAccount(volunteer.get(), List.of(), null, null, model);
  }

  @PostMapping("/volunteer/account/availability")
  Object changeAvailability(@RequestParam(required = false) List<String> availableDays,
      @RequestParam(required = false) List<String> timesOfDay, HttpSession session, Model model,
      HttpServletResponse response) {
    Optional<VolunteerDetails> volunteer = signedIn(session);
    if (volunteer.isEmpty()) {
      return SeeOther.to("/volunteer/sign-in");
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (availableDays != null && availableDays.contains(day.name())) {
        days.add(day);
      }
    }
    Set<TimeOfDay> times = EnumSet.noneOf(TimeOfDay.class);
    for (TimeOfDay time : TimeOfDay.values()) {
      if (timesOfDay != null && timesOfDay.contains(time.name())) {
        times.add(time);
      }
    }
    try {
      volunteers.changeAvailability(volunteer.get().id(), days, times);
    } catch (InvalidInputException refused) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      String page = showAccount(volunteer.get(), refused.errors(), null, null, model);
      // what they ticked, not what is saved: they correct their answer, not start again
      model.addAttribute("chosenDays", days.stream().map(Enum::name).toList());
      model.addAttribute("chosenTimes", times.stream().map(Enum::name).toList());
      return page;
    }
    return SeeOther.to("/volunteer/account?changed=availability");
  }

  @PostMapping("/volunteer/account/contact")
  Object changeContact(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String phone,
      HttpSession session, Model model, HttpServletResponse response) {
    Optional<VolunteerDetails> volunteer = signedIn(session);
    if (volunteer.isEmpty()) {
      return SeeOther.to("/volunteer/sign-in");
    }
    try {
      volunteers.changeContact(volunteer.get().id(), email, phone);
    } catch (InvalidInputException refused) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return showAccount(volunteer.get(), refused.errors(), email, phone, model);
    }
    return SeeOther.to("/volunteer/account?changed=contact");
  }

  @PostMapping("/volunteer/account/pause")
  Object pause(HttpSession session, Model model, HttpServletResponse response) {
    return changeStatus(session, model, response, true);
  }

  @PostMapping("/volunteer/account/resume")
  Object resume(HttpSession session, Model model, HttpServletResponse response) {
    return changeStatus(session, model, response, false);
  }

  private Object changeStatus(HttpSession session, Model model, HttpServletResponse response, boolean pause) {
    Optional<VolunteerDetails> volunteer = signedIn(session);
    if (volunteer.isEmpty()) {
      return SeeOther.to("/volunteer/sign-in");
    }
    try {
      if (pause) {
        volunteers.pause(volunteer.get().id());
      } else {
        volunteers.resume(volunteer.get().id());
      }
    } catch (InvalidInputException refused) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return showAccount(volunteer.get(), List.of(new FieldError("status", pause
          ? "You can take a break only while you are volunteering" : "You can come back only after a break")),
          null, null, model);
    }
    return SeeOther.to("/volunteer/account?changed=" + (pause ? "paused" : "resumed"));
  }

  @GetMapping("/volunteer/account/leave")
  Object leavePage(HttpSession session, Model model) {
    Optional<VolunteerDetails> volunteer = signedIn(session);
    if (volunteer.isEmpty()) {
      return SeeOther.to("/volunteer/sign-in");
    }
    return showLeave(volunteer.get(), List.of(), model);
  }

  @PostMapping("/volunteer/account/leave")
  Object leave(@RequestParam(required = false) String erase, HttpSession session, Model model,
      HttpServletResponse response) {
    Optional<VolunteerDetails> volunteer = signedIn(session);
    if (volunteer.isEmpty()) {
      return SeeOther.to("/volunteer/sign-in");
    }
    if (!"YES".equals(erase) && !"NO".equals(erase)) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return showLeave(volunteer.get(), List.of(new FieldError("erase", "Choose whether we should erase your details")),
          model);
    }
    long id = volunteer.get().id();
    if (volunteer.get().status() != VolunteerStatus.LEFT) {
      volunteers.leave(id);
    }
    if ("YES".equals(erase)) {
      volunteers.eraseOwnData(id);
    }
    session.invalidate();
    return SeeOther.to("/volunteer/account/left" + ("YES".equals(erase) ? "?erased" : ""));
  }

  @GetMapping("/volunteer/account/left")
  String left(@RequestParam(required = false) String erased, Model model) {
    model.addAttribute("erased", erased != null);
    return "volunteeraccount/left";
  }

  @PostMapping("/volunteer/account/sign-out")
  Object signOut(HttpSession session) {
    session.invalidate();
    return SeeOther.to("/volunteer/sign-in?signedOut");
  }

  private Optional<VolunteerDetails> signedIn(HttpSession session) {
    Object id = session.getAttribute(SESSION_VOLUNTEER);
    if (!(id instanceof Long volunteerId)) {
      return Optional.empty();
    }
    // erased meanwhile: signed out
    return volunteers.details(volunteerId).filter(v -> v.email() != null);
  }

  private String showSignIn(String email, List<FieldError> errors, Model model) {
    model.addAttribute("email", email);
    model.addAttribute("errors", errors);
    return "volunteeraccount/sign-in";
  }

  private String showLeave(VolunteerDetails volunteer, List<FieldError> errors, Model model) {
    model.addAttribute("errors", errors);
    model.addAttribute("volunteerReference", volunteer.reference());
    return "volunteeraccount/leave";
  }

  private String showAccount(VolunteerDetails volunteer, List<FieldError> errors, String email, String phone,
      Model model) {
    model.addAttribute("volunteer", volunteer);
    model.addAttribute("errors", errors);
    model.addAttribute("email", email == null ? volunteer.email() : email);
    model.addAttribute("phone", phone == null ? (volunteer.phone() == null ? "" : volunteer.phone()) : phone);
    model.addAttribute("status", switch (volunteer.status()) {
      case APPLIED -> "Waiting for a coordinator to check your identity";
      case ACTIVE -> "Volunteering: we ask you when there is help needed near you";
      case PAUSED -> "Taking a break: we do not ask you to help";
      case LEFT -> "You have stopped volunteering";
      case REFUSED -> "Your offer to volunteer was not accepted";
    });
    model.addAttribute("home", area.label(volunteer.homeDistrict()));
    model.addAttribute("travel", volunteer.districts().stream().filter(d -> !d.equals(volunteer.homeDistrict()))
        .map(area::label).toList());
    model.addAttribute("skills", volunteer.skills().stream().map(code -> {
      for (Skill skill : Skill.values()) {
        if (skill.name().equals(code)) {
          return skill.words();
        }
      }
      return code;
    }).toList());
    Set<TimeOfDay> times = volunteers.timesOfDay(volunteer.id());
    model.addAttribute("days", Choice.daysOfWeek());
    model.addAttribute("chosenDays", volunteer.availableDays());
    model.addAttribute("times", Arrays.stream(TimeOfDay.values())
        .map(time -> new Choice(time.name(), time.withHours())).toList());
    // no times given (signed up before times were asked): free at any time
    model.addAttribute("chosenTimes", (times.isEmpty() ? EnumSet.allOf(TimeOfDay.class) : times).stream()
        .map(Enum::name).toList());
    DispatchHistory.VolunteerWork work = history.forVolunteer(volunteer.id());
    model.addAttribute("openOffers", work.offers().stream().filter(o -> "OPEN".equals(o.status()))
        .map(o -> new WorkLine(o.needSummary(), "Asked " + date(o.offeredAt()), "Waiting for your answer")).toList());
    model.addAttribute("assignments", work.assignments().stream().map(a -> new WorkLine(a.needSummary(),
        date(a.assignedAt()), a.outcome() == null ? "Not reported yet" : a.outcome().label())).toList());
    return "volunteeraccount/account";
  }

  private static String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant.atZone(UK));
  }

  private static String linkProblem(VolunteerSignIn.LinkState state, Model model, HttpServletResponse response) {
    switch (state) {
      case USED -> {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("heading", "This link has already been used");
        model.addAttribute("message", "Each sign-in link works once. Ask for a new link to sign in again.");
      }
      case EXPIRED -> {
        response.setStatus(HttpStatus.GONE.value());
        model.addAttribute("heading", "This link has expired");
        model.addAttribute("message", "Ask for a new link to sign in.");
      }
      default -> {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("heading", "This link is not valid");
        model.addAttribute("message", "Check you copied the whole link from the email, or ask for a new one.");
      }
    }
    return "volunteeraccount/link-problem";
  }

}
