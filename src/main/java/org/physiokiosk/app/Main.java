package org.physiokiosk.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.physiokiosk.cli.Cli;
import org.physiokiosk.wiring.AppPaths;
import org.physiokiosk.kiosk.KioskLauncher;

/** Entry point: no arguments opens the kiosk; otherwise the command line (see --help). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Clock clock = Clock.systemDefaultZone();
        Path workingDir = Path.of("").toAbsolutePath();
        Cli.Context context = new Cli.Context(System.getenv(), clock, workingDir,
                (paths, fullScreen) -> KioskLauncher.launch(paths, clock, fullScreen));
        if (args.length == 0) {
            AppPaths paths;
            try {
                paths = AppPaths.resolve((String) null, System.getenv(), workingDir);
            } catch (IllegalStateException unreadableSettings) {
                System.err.println("physio-kiosk: " + unreadableSettings.getMessage());
                System.exit(1);
                return;
            }
            context.kioskLauncher().accept(paths, false);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = Cli.run(args, out, err, context);
        if (code != 0) {
            System.exit(code);
        }
    }
}
