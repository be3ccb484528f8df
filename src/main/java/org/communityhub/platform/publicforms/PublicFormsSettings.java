package org.communityhub.platform.publicforms;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * hub.public-forms.*, checked at start; the defaults are in application.yaml, nowhere else.
 *
 * @param protectedPaths path prefixes of the forms anyone can post without signing in ("/ask-for-help"):
 *     each prefix covers itself and everything below it
 * @param postsPerMinute how many form posts one client address may make to one prefix in a minute
 * @param postsPerHour and in an hour
 * @param largestBody the largest form post accepted; a longer one is refused before it is read
 */
@ConfigurationProperties("hub.public-forms")
@Validated
public record PublicFormsSettings(
    @NotEmpty List<@NotNull @Pattern(regexp = "/[a-z0-9/-]*[a-z0-9]",
        message = "must be a path such as /ask-for-help") String> protectedPaths,
    @Positive int postsPerMinute,
    @Positive int postsPerHour,
    @NotNull DataSize largestBody) {

  /** The protected prefix this path is under, or null. */
  String prefixOf(String path) {
    for (String prefix : protectedPaths) {
      if (path.equals(prefix) || path.startsWith(prefix + "/")) {
        return prefix;
      }
    }
    return null;
  }
}
