package org.kechuangradar.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.apache.lucene.store.LockObtainFailedException;
import org.kechuangradar.index.StoreException;

/** Turns an exception that reached a command into one line a user can act on. */
final class Errors {
  private Errors() {}

  static String describe(Throwable e) {
    if (e instanceof LockObtainFailedException) {
      return "the data directory is in use by another radar process";
    }
    if (e instanceof io.javalin.util.JavalinBindException || e instanceof io.javalin.util.JavalinException) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      return "the server could not listen: " + (cause.getMessage() == null ? cause.getClass().getSimpleName()
          : cause.getMessage());
    }
    if (e instanceof StoreException) {
      return e.getMessage();
    }
    if (e instanceof NoSuchFileException n) {
      return "no such file: " + n.getFile();
    }
    if (e instanceof AccessDeniedException a) {
      return "permission denied: " + a.getFile();
    }
    String message = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ");
    return e.getClass().getSimpleName() + message;
  }
}
