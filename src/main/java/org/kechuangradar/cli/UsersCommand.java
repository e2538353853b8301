package org.kechuangradar.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.kechuangradar.account.AccountException;
import org.kechuangradar.account.Accounts;
import org.kechuangradar.account.Database;
import org.kechuangradar.account.Role;
import org.kechuangradar.account.User;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code radar users add|list|remove|passwd|token}: the accounts of a store, for its admin. The first account turns
 * accounts on: the server then asks everyone to log in.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
    description = "Manage the accounts of a store (viewer, editor, admin). The first account turns accounts on: "
        + "the web UI and API then need a login. Restart a running server after adding the first.",
    subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Remove.class,
        UsersCommand.Passwd.class, UsersCommand.Token.class})
public final class UsersCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /** The options every users command shares. */
  static final class Where {
    @Mixin DataDirOption data;
    @Mixin DatabaseOption db;

    /** Works on the accounts of the chosen database, and closes it. */
    void withAccounts(java.util.function.Consumer<Accounts> work) {
      try (Database database = db.open(data.dir)) {
        work.accept(new Accounts(database));
      }
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Add an account; its password is read from standard input (asked twice at a terminal).")
  static final class Add implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin Where where;
    @Parameters(paramLabel = "NAME", description = "The account's name: letters, digits, '.', '_' or '-'.") String name;
    @CommandLine.Option(names = "--role", required = true, paramLabel = "ROLE",
        description = "viewer (reads), editor (reviews and corrects, uploads) or admin (all that, and accounts).")
    String role;

    @Override
    public Integer call() throws IOException {
      Role r = Role.of(role).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
          "--role must be viewer, editor or admin, not " + role));
      char[] password = password("Password for " + name + ": ");
      try (Database db = where.db.open(where.data.dir)) {
        Accounts accounts = new Accounts(db);
        boolean first = !accounts.any();
        User u = accounts.add(name, r, password);
        spec.commandLine().getOut().printf("added %s (%s) to %s%s%n", u.name(), u.role().code(), db.name(),
            first ? "; accounts are on: the web UI and API now need a login" : "");
        return 0;
      } finally {
        Arrays.fill(password, '\0');
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts and their roles.")
  static final class ListUsers implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin Where where;

    @Override
    public Integer call() {
      if (!where.db.exists(where.data.dir)) {
        spec.commandLine().getOut().println("no accounts: the server reads for anyone and writes with --token only");
        return 0;
      }
      where.withAccounts(a -> a.list().forEach(u -> spec.commandLine().getOut().printf("%-24s %-7s since %s%n",
          u.name(), u.role().code(), java.time.Instant.ofEpochMilli(u.created()).toString().substring(0, 10))));
      return 0;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true,
      description = "Remove an account with its sessions and tokens.")
  static final class Remove implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin Where where;
    @Parameters(paramLabel = "NAME") String name;

    @Override
    public Integer call() {
      where.withAccounts(a -> {
        a.remove(name);
        spec.commandLine().getOut().println("removed " + name);
      });
      return 0;
    }
  }

  @Command(name = "passwd", mixinStandardHelpOptions = true,
      description = "Set an account's password (read from standard input); its sessions end.")
  static final class Passwd implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin Where where;
    @Parameters(paramLabel = "NAME") String name;

    @Override
    public Integer call() throws IOException {
      char[] password = password("New password for " + name + ": ");
      try {
        where.withAccounts(a -> a.setPassword(name, password));
        spec.commandLine().getOut().println("password of " + name + " changed; its sessions have ended");
      } finally {
        Arrays.fill(password, '\0');
      }
      return 0;
    }
  }

  @Command(name = "token", mixinStandardHelpOptions = true,
      description = "Make an API token for an account (Authorization: Bearer …); it is shown once.")
  static final class Token implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin Where where;
    @Parameters(paramLabel = "NAME") String name;

    @Override
    public Integer call() {
      where.withAccounts(a -> spec.commandLine().getOut().println(a.newToken(name)));
      return 0;
    }
  }

  // From Java 22 there is a console even when input is redirected; its isTerminal, where it exists, tells.
  private static boolean interactive(Console console) {
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** A password from the terminal (asked twice) or the first line of standard input. */
  static char[] password(String prompt) throws IOException {
    Console console = System.console();
    if (interactive(console)) {
      char[] first = console.readPassword(prompt);
      char[] again = console.readPassword("Again: ");
      if (first == null || again == null || !Arrays.equals(first, again)) {
        throw new AccountException("the two passwords differ");
      }
      Arrays.fill(again, '\0');
      return first;
    }
    String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    if (line == null) {
      throw new AccountException("no password on standard input");
    }
    return line.toCharArray();
  }
}
