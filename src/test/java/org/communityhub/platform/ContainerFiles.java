package org.communityhub.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/.env.example and docker/compose.yaml as the tests read them: the settings an operator
 * gives, and the environment compose hands the hub container after filling in ${...}.
 */
final class ContainerFiles {

  static final Path ENV_EXAMPLE = Path.of("docker", ".env.example");
  static final Path COMPOSE = Path.of("docker", "compose.yaml");
  static final Path DOCKERFILE = Path.of("docker", "Dockerfile");

  /** ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error}, ${NAME?error} as compose writes them. */
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");

  private ContainerFiles() {}

  /** Name → value of every setting in .env.example, in file order. */
  static Map<String, String> envExample() {
    Map<String, String> settings = new LinkedHashMap<>();
    for (String line : read(ENV_EXAMPLE).lines().toList()) {
      String trimmed = line.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int equals = trimmed.indexOf('=');
      if (equals < 1) {
        throw new AssertionError(ENV_EXAMPLE + ": not NAME=value: " + line);
      }
      settings.put(trimmed.substring(0, equals), trimmed.substring(equals + 1));
    }
    return settings;
  }

  /** The comment lines directly above each setting of .env.example. */
  static Map<String, String> envExampleComments() {
    Map<String, String> comments = new LinkedHashMap<>();
    StringBuilder comment = new StringBuilder();
    for (String line : read(ENV_EXAMPLE).lines().toList()) {
      String trimmed = line.trim();
      if (trimmed.startsWith("#")) {
        comment.append(trimmed.substring(1).trim()).append(' ');
      } else if (trimmed.contains("=")) {
        comments.put(trimmed.substring(0, trimmed.indexOf('=')), comment.toString().trim());
        comment.setLength(0);
      } else {
        comment.setLength(0);
      }
    }
    return comments;
  }

  /** The environment: block of one compose service, unfilled. */
  @SuppressWarnings("unchecked")
  static Map<String, String> serviceEnvironment(String service) {
    Map<String, Object> compose = new Yaml().load(read(COMPOSE));
    Map<String, Object> services = (Map<String, Object>) compose.get("services");
    Map<String, Object> definition = (Map<String, Object>) services.get(service);
    Map<String, String> environment = new LinkedHashMap<>();
    ((Map<String, Object>) definition.get("environment")).forEach((k, v) -> environment.put(k, String.valueOf(v)));
    return environment;
  }

  /** Names of the variables a compose value refers to. */
  static Set<String> variablesIn(String value) {
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = VARIABLE.matcher(value);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /** Fills ${...} in a compose value from the operator's settings, as docker compose does. */
  static String interpolate(String value, Map<String, String> settings) {
    Matcher matcher = VARIABLE.matcher(value);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String operator = matcher.group(2);
      String argument = matcher.group(3);
      String given = settings.get(name);
      boolean unset = given == null || (given.isEmpty() && operator != null && operator.startsWith(":"));
      String replacement;
      if (!unset || operator == null) {
        replacement = given == null ? "" : given;
      } else if (operator.endsWith("?")) {
        throw new IllegalArgumentException("compose refuses to start: " + argument);
      } else {
        replacement = argument;
      }
      matcher.appendReplacement(filled, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }

  /** The hub container's environment as compose would give it. */
  static Map<String, String> hubEnvironment(Map<String, String> settings) {
    Map<String, String> environment = new LinkedHashMap<>();
    serviceEnvironment("hub").forEach((name, value) -> environment.put(name, interpolate(value, settings)));
    return environment;
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> lines(Path file) {
    return read(file).lines().toList();
  }
}
