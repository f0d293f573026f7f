package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.physiokiosk.testing.Fixtures;

/** Runs the command line in this JVM from a working folder, as a clinic's script would, and keeps what it said. */
record CliRun(int code, String out, String err) {

    static CliRun in(Path workingDir, String... args) {
        return withEnv(Map.of(), workingDir, args);
    }

    /** As {@link #in}, with these environment variables (a secret, for instance). */
    static CliRun withEnv(Map<String, String> env, Path workingDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli.Context context = new Cli.Context(env, Fixtures.CLOCK, workingDir, (paths, fullScreen) -> { });
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), context);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** As {@link #in}, and the command must succeed. */
    static CliRun ok(Path workingDir, String... args) {
        CliRun r = in(workingDir, args);
        assertThat(r.code()).as("%s: %s", List.of(args), r.err()).isZero();
        return r;
    }
}
