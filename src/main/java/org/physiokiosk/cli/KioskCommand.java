package org.physiokiosk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Opens the kiosk window on the chosen database. */
@Command(name = "kiosk", mixinStandardHelpOptions = true, description = "Open the kiosk window.")
final class KioskCommand implements Runnable {

    private final Cli.Context context;

    @Mixin
    DbOption db;

    @picocli.CommandLine.Option(names = "--full-screen", description = "Kiosk mode: fill the screen with no window "
            + "decorations; leaving takes an administrator's secret.")
    boolean fullScreen;

    KioskCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public void run() {
        context.kioskLauncher().accept(context.paths(db.db), fullScreen);
    }
}
