package org.communityhub.support;

import java.io.IOException;
import java.net.URI;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The hub as a separate JVM (CommunityHubApplication on the test classpath, demo profile) on a
 * PostgreSQL of the test's: a process the test can kill -9 or run twice. Its log goes to a file
 * under target/ so a failure can be read afterwards.
 */
public final class HubProcess implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;

  private HubProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  public static HubProcess start(String name, String jdbcUrl, List<String> moreArguments) throws IOException {
    return start(name, jdbcUrl, freePort(), moreArguments);
  }

  public static HubProcess start(String name, String jdbcUrl, int port, List<String> moreArguments)
      throws IOException {
    Path log = Path.of("target", "hub-processes", name + "-" + port + ".log");
    Files.createDirectories(log.getParent());
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse("java"),
        "-Xmx640m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-cp", classpath, "org.communityhub.CommunityHubApplication",
        "--server.port=" + port,
        "--spring.datasource.url=" + jdbcUrl,
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=postgres"));
    // A production hub needs an https address of its own; the others link to themselves.
    if (moreArguments.stream().noneMatch(argument -> argument.startsWith("--hub.volunteer-page.base-url="))) {
      command.add("--hub.volunteer-page.base-url=http://localhost:" + port);
    }
    command.addAll(moreArguments);
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    return new HubProcess(process, port, log);
  }

  /** Waits until the hub issues partner tokens (the demo partners' clients are registered last). */
  public HubProcess awaitReady(Duration within) throws Exception {
    return await(within, http -> {
      try {
        StandaloneHub.partnerToken(http, baseUrl(), "foodbank-demo", "foodbank-demo-secret", "requests:write");
        return true;
      } catch (AssertionError noTokenYet) {
        return false;
      }
    });
  }

  /** Waits until a page answers 200 (for hubs without demo partners, e.g. the production profile). */
  public HubProcess awaitPage(String path, Duration within) throws Exception {
    return await(within, http -> http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
  }

  private interface ReadinessProbe {
    boolean ready(HttpClient http) throws Exception;
  }

  /** Polls the probe until it says ready; fails at once if the hub's JVM has exited. */
  private HubProcess await(Duration within, ReadinessProbe probe) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(within);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError("Hub exited with " + process.exitValue() + "; log: " + log.toAbsolutePath()
            + "\n" + tail());
      }
      try {
        if (probe.ready(http)) {
          return this;
        }
      } catch (IOException notListeningYet) {
        // the port is not open yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("Hub not ready after " + within + "; log: " + log.toAbsolutePath() + "\n" + tail());
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  public long pid() {
    return process.pid();
  }

  /** kill -9: Process.destroyForcibly sends SIGKILL on Linux; no shutdown hook, no commit, no cleanup runs. */
  public int killNine() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError("Hub " + pid() + " still alive after SIGKILL");
    }
    return process.exitValue();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  /** Lines of this node's log that contain the text. */
  public long logLines(String containing) {
    try (var lines = Files.lines(log)) {
      return lines.filter(line -> line.contains(containing)).count();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
