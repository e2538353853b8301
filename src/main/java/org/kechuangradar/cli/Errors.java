package org.kechuangradar.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.LockObtainFailedException;
import org.kechuangradar.index.StoreException;

/** Turns an exception that reached a command into one line a user can act on. */
final class Errors {
  private Errors() {}

  static String describe(Throwable e) {
    if (e instanceof LockObtainFailedException) {
      return "the data directory is in use by another radar process";
    }
    if (e instanceof io.javalin.util.JavalinException) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      return "the server could not listen: " + message(cause);
    }
    if (e instanceof StoreException || e instanceof org.kechuangradar.account.DatabaseException
        || e instanceof org.kechuangradar.account.AccountException) {
      return e.getMessage();
    }
    if (e instanceof NoSuchFileException n) {
      return "no such file: " + n.getFile();
    }
    if (e instanceof AccessDeniedException a) {
      return "permission denied: " + a.getFile();
    }
    if (e instanceof CorruptIndexException || fromLucene(e)) {
      return "the store could not be read (" + message(e) + "); radar check --data DIR says whether it is damaged";
    }
    if (e instanceof IOException && e.getMessage() != null) {
      return message(e);
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + message(e));
  }

  private static String message(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
  }

  // Lucene's own checks of what it reads throw plain exceptions; the first frame outside the JDK says whose they are.
  private static boolean fromLucene(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      String c = frame.getClassName();
      if (!c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("sun.")) {
        return c.startsWith("org.apache.lucene.");
      }
    }
    return false;
  }
}
