package org.physiokiosk.cli;

import picocli.CommandLine.Command;

/** The yardstick of {@code benchmark --startup}: an empty FlatLaf window. Hidden: not for staff. */
@Command(name = "empty-window", hidden = true, description = "Open an empty FlatLaf window (benchmark).")
final class EmptyWindowCommand implements Runnable {

    @Override
    public void run() {
        org.physiokiosk.kiosk.KioskLauncher.emptyWindowProbe();
    }
}
