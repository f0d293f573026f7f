package org.physiokiosk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.physiokiosk.testing.Fixtures;

/** One run of the command line in a test, in {@code dir}, with what it printed and its exit code. */
record CommandLineRun(int code, String out, String err) {

    static CommandLineRun in(Path dir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli.Context context = new Cli.Context(Map.of(), Fixtures.CLOCK, dir, (paths, fullScreen) -> { });
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), context);
        return new CommandLineRun(code, out.toString(), err.toString());
    }
}
