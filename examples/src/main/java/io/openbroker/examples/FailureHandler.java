package io.openbroker.examples;

import io.openbroker.core.CredentialException;
import io.openbroker.core.InvalidInputException;
import io.openbroker.core.OpenBrokerException;
import io.openbroker.core.TransientException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a command's failure into one line on stderr ({@code command: reason}) and an exit code: 2
 * for input the user can fix (bad value, bad key, missing or existing file), 3 when the bank or
 * another service did not answer, 1 otherwise. No stack trace: the reason is the message.
 */
final class FailureHandler implements IExecutionExceptionHandler {

  static final int FAILED = 1;
  static final int BAD_INPUT = 2;
  static final int UNAVAILABLE = 3;

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    command.getErr().println(command.getCommandName() + ": " + reason(e));
    command.getErr().flush();
    return exitCode(e);
  }

  static int exitCode(Exception e) {
    if (e instanceof InvalidInputException
        || e instanceof CredentialException
        || e instanceof IllegalArgumentException
        || e instanceof DateTimeParseException
        || e instanceof IOException
        || e instanceof UncheckedIOException) {
      return BAD_INPUT;
    }
    if (e instanceof TransientException || e instanceof BankConnection.BankUnavailable) {
      return UNAVAILABLE;
    }
    return FAILED;
  }

  private static String reason(Exception e) {
    if (e instanceof NoSuchFileException n) {
      return "no such file: " + n.getMessage();
    }
    if (e instanceof FileAlreadyExistsException f) {
      return "file exists: " + f.getMessage();
    }
    if (e instanceof UncheckedIOException u) {
      return reason(u.getCause());
    }
    if (e instanceof OpenBrokerException || e.getMessage() != null) {
      return e.getMessage();
    }
    return e.getClass().getSimpleName();
  }
}
