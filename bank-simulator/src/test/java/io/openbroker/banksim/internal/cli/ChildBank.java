package io.openbroker.banksim.internal.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The stand-alone bank in a child JVM, started from this test's class path. */
final class ChildBank implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("listening on http://127.0.0.1:(\\d+)");
  private final Process process;
  private final int port;

  ChildBank(Path config, Path data, int port, Duration clockOffset) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                BankMain.class.getName(),
                "--config",
                config.toString(),
                "--data",
                data.toString(),
                "--port",
                Integer.toString(port),
                "--clock-offset",
                clockOffset.toString()));
    pb.redirectErrorStream(true);
    process = pb.start();
    CompletableFuture<Integer> found = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  Matcher m = LISTENING.matcher(line);
                  if (m.find()) {
                    found.complete(Integer.parseInt(m.group(1)));
                  }
                }
                found.completeExceptionally(new IOException("child bank exited before listening"));
              } catch (IOException e) {
                found.completeExceptionally(e);
              }
            });
    reader.setDaemon(true);
    reader.start();
    this.port = found.get(Duration.ofSeconds(60).toSeconds(), TimeUnit.SECONDS);
  }

  int port() {
    return port;
  }

  /** SIGKILL: no shutdown hook runs. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }
}
