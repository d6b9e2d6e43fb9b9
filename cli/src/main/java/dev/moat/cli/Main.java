package dev.moat.cli;

import dev.moat.BudgetExceededException;
import dev.moat.Interpreter;
import dev.moat.Limits;
import dev.moat.MoatException;
import dev.moat.Program;
import dev.moat.PythonException;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Stack;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code moat} command: runs a script from a file, from {@code -c CODE} or from standard
 * input, inside a fresh {@link Interpreter} with the limits given on the command line.
 *
 * <p>Exit status: {@value #EXIT_OK} success, {@value #EXIT_EXCEPTION} uncaught Python exception,
 * {@value #EXIT_USAGE} usage error or unreadable script, {@value #EXIT_BUDGET} budget exceeded,
 * {@value #EXIT_INTERNAL} internal error; {@code SystemExit(n)} exits with {@code n}.
 */
@Command(
    name = "moat",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    defaultValueProvider = Main.Defaults.class,
    sortOptions = false,
    usageHelpWidth = 100,
    synopsisHeading = "Usage: ",
    customSynopsis = {
        "moat [OPTIONS] FILE [ARG...]",
        "       moat [OPTIONS] -c CODE [ARG...]",
        "       moat [OPTIONS] [-] [ARG...]        (script read from standard input)",
    },
    description = {
        "",
        "Runs a script written in Moat's subset of Python 3.11, in a sandbox: the script can compute "
            + "and print, but cannot reach files, the network, processes or the environment, and "
            + "its run is bounded in steps, time, memory, recursion depth and output.",
        "Tracebacks name the script by the path given here, '<string>' for -c and '<stdin>' "
            + "for standard input.",
        "",
    },
    parameterListHeading = "Arguments:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nExit status:%n",
    footer = {
        "  0  the script finished (or raised SystemExit with no code, None or 0)",
        "  1  uncaught Python exception, including SyntaxError; its traceback is on stderr",
        "  2  usage error, or the script file cannot be read",
        "  3  a budget (steps, time, memory or output) ran out; one line on stderr says which",
        "  N  the script raised SystemExit(N); SystemExit('text') prints text to stderr and exits 1",
        " 70  internal error in Moat (please report it)",
    })
public final class Main implements Callable<Integer> {
  public static final int EXIT_OK = 0;
  public static final int EXIT_EXCEPTION = 1;
  public static final int EXIT_USAGE = 2;
  public static final int EXIT_BUDGET = 3;
  public static final int EXIT_INTERNAL = 70;

  private static final long MB = 1L << 20;
  private static final int MAX_DEPTH_LIMIT = 100_000;

  @Spec
  CommandSpec spec;

  @Option(names = "-c", paramLabel = "CODE", parameterConsumer = CodeConsumer.class,
      description = "Run CODE as the script. Terminates the option list: every later argument "
          + "is an ARG of the script.")
  String code;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
      description = "The script file. Without FILE, or with '-', the script is read from "
          + "standard input.")
  String file;

  @Parameters(index = "1..*", paramLabel = "ARG",
      description = "Arguments after the script, visible to it as sys.argv[1:].")
  List<String> fileArgs = new ArrayList<>();

  /** The ARGs after {@code -c CODE} (they never go through option parsing). */
  final List<String> codeArgs = new ArrayList<>();

  private long maxSteps;
  private long timeoutMillis;
  private long maxMemoryMb;
  private int maxDepth;
  private long maxOutputBytes;

  private InputStream in;
  private PrintStream out;
  private PrintStream err;

  private Main() {}

  @Option(names = "--max-steps", paramLabel = "N",
      description = "Step budget: loop iterations, calls and the work done inside built-ins "
          + "(default: ${DEFAULT-VALUE}).")
  void setMaxSteps(long n) {
    maxSteps = positive(n, "--max-steps");
  }

  @Option(names = "--timeout-ms", paramLabel = "N",
      description = "Wall-clock budget of the run, in milliseconds (default: ${DEFAULT-VALUE}).")
  void setTimeoutMillis(long n) {
    timeoutMillis = positive(n, "--timeout-ms");
  }

  @Option(names = "--max-memory-mb", paramLabel = "N",
      description = "Memory the script may hold at once, in MiB "
          + "(default: ${DEFAULT-VALUE}).")
  void setMaxMemoryMb(long n) {
    maxMemoryMb = positive(n, "--max-memory-mb");
    if (n > Long.MAX_VALUE / MB) {
      throw invalid("--max-memory-mb", "at most " + Long.MAX_VALUE / MB, n);
    }
  }

  @Option(names = "--max-depth", paramLabel = "N",
      description = "Call depth before RecursionError, at most " + MAX_DEPTH_LIMIT
          + " (default: ${DEFAULT-VALUE}).")
  void setMaxDepth(int n) {
    maxDepth = (int) positive(n, "--max-depth");
    if (n > MAX_DEPTH_LIMIT) {
      throw invalid("--max-depth", "at most " + MAX_DEPTH_LIMIT, n);
    }
  }

  @Option(names = "--max-output-bytes", paramLabel = "N",
      description = "Bytes the script may write to stdout and stderr together "
          + "(default: ${DEFAULT-VALUE}).")
  void setMaxOutputBytes(long n) {
    maxOutputBytes = positive(n, "--max-output-bytes");
  }

  private long positive(long n, String option) {
    if (n <= 0) {
      throw invalid(option, "a positive number", n);
    }
    return n;
  }

  private ParameterException invalid(String option, String expected, long got) {
    return new ParameterException(spec.commandLine(),
        "Invalid value for option '" + option + "': must be " + expected + ", got " + got);
  }

  // ---------------------------------------------------------------------------------------------
  // Entry points

  /** Runs the command and exits the JVM with its status. */
  public static void main(String[] args) {
    boolean interactive = System.console() != null;
    PrintStream out = new PrintStream(
        new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), interactive,
        StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(
        new BufferedOutputStream(new FileOutputStream(FileDescriptor.err), 1 << 13), true,
        StandardCharsets.UTF_8);
    System.setOut(out);
    System.setErr(err);
    // on Ctrl-C or SIGTERM, keep what the script printed so far
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      out.flush();
      err.flush();
    }, "moat-flush"));
    int status;
    try {
      status = run(args, System.in, out, err);
    } catch (Throwable t) {
      out.flush();
      err.println("moat: internal error: " + t);
      status = EXIT_INTERNAL;
    }
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the command with the given streams and returns its exit status; never exits the JVM.
   * Everything written to {@code out} and {@code err} is flushed before it returns.
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    Main main = new Main();
    main.in = in;
    main.out = out;
    main.err = err;
    CommandLine cmd = new CommandLine(main);
    cmd.setStopAtPositional(true);
    cmd.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
        true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8),
        true);
    cmd.setOut(outWriter);
    cmd.setErr(errWriter);
    cmd.setParameterExceptionHandler(Main::usageError);
    cmd.setExecutionExceptionHandler((e, c, parseResult) -> {
      out.flush();
      errWriter.println("moat: internal error: " + e);
      return EXIT_INTERNAL;
    });
    try {
      return cmd.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
      out.flush();
      err.flush();
    }
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine c = e.getCommandLine();
    PrintWriter w = c.getErr();
    w.println("moat: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, w);
    w.print(c.getHelp().synopsisHeading());
    w.print(c.getHelp().synopsis(0));
    w.println("Try 'moat --help' for more information.");
    w.flush();
    return EXIT_USAGE;
  }

  // ---------------------------------------------------------------------------------------------
  // The command

  @Override
  public Integer call() {
    String source;
    String fileName;
    if (code != null) {
      source = code;
      fileName = "<string>";
    } else if (file == null || file.equals("-")) {
      fileName = "<stdin>";
      byte[] bytes;
      try {
        bytes = in.readAllBytes();
      } catch (IOException e) {
        err.println("moat: can't read standard input: " + e.getMessage());
        return EXIT_USAGE;
      }
      try {
        source = decode(bytes, fileName);
      } catch (CharacterCodingException e) {
        return EXIT_EXCEPTION;
      }
    } else {
      fileName = file;
      byte[] bytes;
      try {
        bytes = readFile(file);
      } catch (IOException e) {
        err.println("moat: can't open file '" + file + "': " + describe(e));
        return EXIT_USAGE;
      }
      try {
        source = decode(bytes, fileName);
      } catch (CharacterCodingException e) {
        return EXIT_EXCEPTION;
      }
    }
    return execute(source, fileName, limits());
  }

  private Limits limits() {
    ParseResult parsed = spec.commandLine().getParseResult();
    Limits.Builder b = Limits.builder();
    if (parsed.hasMatchedOption("--max-steps")) {
      b.maxSteps(maxSteps);
    }
    if (parsed.hasMatchedOption("--timeout-ms")) {
      b.timeoutMillis(timeoutMillis);
    }
    if (parsed.hasMatchedOption("--max-memory-mb")) {
      b.maxMemoryBytes(maxMemoryMb * MB);
    }
    if (parsed.hasMatchedOption("--max-depth")) {
      b.maxDepth(maxDepth);
    }
    if (parsed.hasMatchedOption("--max-output-bytes")) {
      b.maxOutputBytes(maxOutputBytes);
    }
    return b.build();
  }

  private int execute(String source, String fileName, Limits limits) {
    Appendable scriptErr = new StderrSink(out, err);
    // sys.argv as CPython builds it: '-c' for -c, '-' for stdin, else the path as given
    List<String> argv = new ArrayList<>();
    if (fileName.equals("<string>")) {
      argv.add("-c");
      argv.addAll(codeArgs);
    } else {
      argv.add(fileName.equals("<stdin>") ? (file == null ? "" : "-") : fileName);
      argv.addAll(fileArgs);
    }
    Interpreter interp = Interpreter.builder().stdout(out).stderr(scriptErr).limits(limits)
        .argv(argv).build();
    try {
      interp.run(Program.compile(source, fileName));
      return EXIT_OK;
    } catch (PythonException e) {
      out.flush();
      if ("SystemExit".equals(e.pythonType())) {
        return systemExit(e.pythonMessage());
      }
      err.print(e.traceback());
      return EXIT_EXCEPTION;
    } catch (BudgetExceededException e) {
      out.flush();
      err.println("moat: " + e.getMessage());
      return EXIT_BUDGET;
    } catch (RuntimeException | MoatException e) {
      out.flush();
      err.println("moat: internal error: " + e);
      return EXIT_INTERNAL;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * The exit status for {@code SystemExit} whose {@code str()} is {@code code}, as CPython
   * computes it: no code or None is 0, an int is that int (as the OS truncates it), anything
   * else is printed to stderr and gives 1.
   */
  private int systemExit(String code) {
    if (code.isEmpty() || code.equals("None") || code.equals("False")) {
      return EXIT_OK;
    }
    if (code.equals("True")) {
      return 1;
    }
    if (code.matches("-?[0-9]+")) {
      BigInteger n = new BigInteger(code);
      // CPython converts the code to a C long (-1 when it does not fit), then to an int
      int status = n.bitLength() < 64 ? (int) n.longValue() : -1;
      return status & 0xFF;
    }
    err.println(code);
    return 1;
  }

  private static byte[] readFile(String name) throws IOException {
    Path path;
    try {
      path = Path.of(name);
    } catch (InvalidPathException e) {
      throw new NoSuchFileException(name);
    }
    if (Files.isDirectory(path)) {
      throw new FileSystemException(name, null, "Is a directory");
    }
    return Files.readAllBytes(path);
  }

  /** The {@code [Errno N] text} CPython would show for a failed open. */
  private static String describe(IOException e) {
    String reason = e instanceof FileSystemException ? ((FileSystemException) e).getReason()
        : null;
    if (e instanceof NoSuchFileException) {
      reason = "No such file or directory";
    } else if (e instanceof AccessDeniedException) {
      reason = "Permission denied";
    }
    if (reason == null) {
      return "[Errno 5] Input/output error";
    }
    switch (reason) {
      case "No such file or directory":
        return "[Errno 2] " + reason;
      case "Permission denied":
        return "[Errno 13] " + reason;
      case "Not a directory":
        return "[Errno 20] " + reason;
      case "Is a directory":
        return "[Errno 21] " + reason;
      case "Too many levels of symbolic links":
        return "[Errno 40] " + reason;
      default:
        return reason;
    }
  }

  /**
   * Decodes script bytes as UTF-8 (a leading byte-order mark is dropped). Invalid UTF-8 is
   * reported like CPython does, and the method throws.
   */
  private String decode(byte[] bytes, String fileName) throws CharacterCodingException {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    ByteBuffer buf = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(buf)
          .toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(bytes, start);
      int line = 1;
      for (int i = start; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      err.printf("SyntaxError: Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
          + "but no encoding declared; see https://peps.python.org/pep-0263/ for details%n",
          bytes[bad] & 0xFF, fileName, line);
      throw e;
    }
  }

  /** Index of the first byte that does not start a valid UTF-8 sequence. */
  private static int firstInvalidUtf8(byte[] b, int from) {
    int i = from;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int n;
      int min;
      if (c < 0x80) {
        i++;
        continue;
      } else if (c >= 0xC2 && c <= 0xDF) {
        n = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3;
        min = 0x10000;
      } else {
        return i;
      }
      if (i + n >= b.length) {
        return i;
      }
      int cp = c & (0x3F >> n);
      for (int k = 1; k <= n; k++) {
        int cc = b[i + k] & 0xFF;
        if ((cc & 0xC0) != 0x80) {
          return i;
        }
        cp = (cp << 6) | (cc & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return i;
      }
      i += n + 1;
    }
    return Math.max(from, b.length - 1);
  }

  // ---------------------------------------------------------------------------------------------
  // picocli plumbing

  /**
   * Consumes {@code -c CODE} and, like CPython, ends option parsing there: the remaining
   * arguments belong to the script.
   */
  static final class CodeConsumer implements IParameterConsumer {
    @Override
    public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
      if (args.isEmpty()) {
        throw new ParameterException(commandSpec.commandLine(),
            "Missing required parameter for option '-c' (CODE)");
      }
      argSpec.setValue(args.pop());
      Main main = (Main) commandSpec.userObject();
      while (!args.isEmpty()) {
        main.codeArgs.add(args.pop());
      }
    }
  }

  /** Shows the {@link Limits} defaults in the help, so they cannot drift from the code. */
  static final class Defaults implements IDefaultValueProvider {
    @Override
    public String defaultValue(ArgSpec arg) {
      if (!arg.isOption()) {
        return null;
      }
      Limits d = Limits.DEFAULT;
      switch (((OptionSpec) arg).longestName()) {
        case "--max-steps":
          return Long.toString(d.maxSteps());
        case "--timeout-ms":
          return Long.toString(d.timeoutMillis());
        case "--max-memory-mb":
          return Long.toString(d.maxMemoryBytes() / MB);
        case "--max-depth":
          return Integer.toString(d.maxDepth());
        case "--max-output-bytes":
          return Long.toString(d.maxOutputBytes());
        default:
          return null;
      }
    }
  }

  /** {@code moat --version}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream s = Main.class.getResourceAsStream("version.properties")) {
        if (s != null) {
          p.load(s);
        }
      }
      return new String[] {
          "moat " + p.getProperty("version", "(unknown version)"),
          "Python 3.11 language subset, running on Java " + System.getProperty("java.version"),
      };
    }
  }

  /**
   * The script's stderr: flushes stdout first, so that the two streams interleave in the order
   * the script wrote them, and flushes after every write.
   */
  private static final class StderrSink implements Appendable {
    private final PrintStream out;
    private final PrintStream err;

    StderrSink(PrintStream out, PrintStream err) {
      this.out = out;
      this.err = err;
    }

    @Override
    public Appendable append(CharSequence s) {
      out.flush();
      err.append(s);
      err.flush();
      return this;
    }

    @Override
    public Appendable append(CharSequence s, int start, int end) {
      return append(s.subSequence(start, end));
    }

    @Override
    public Appendable append(char c) {
      return append(String.valueOf(c));
    }
  }
}
