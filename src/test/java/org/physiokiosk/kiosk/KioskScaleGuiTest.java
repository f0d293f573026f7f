package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Dimension;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.wiring.AppPaths;
import org.physiokiosk.wiring.Services;
import org.physiokiosk.handout.HandoutPrinter;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.testing.RequiresDisplay;

/**
 * The kiosk at FlatLaf's 150 % and 200 % UI scale, on a screen that much larger than 1024x768: every screen still
 * shows every control whole. FlatLaf reads its scale once per JVM, so Maven runs this class in two JVMs of its own
 * (executions ui-scale-150 and ui-scale-200 in pom.xml, with flatlaf.uiScale set); the default run leaves it out.
 */
@Tag("gui")
@ExtendWith(RequiresDisplay.class)
class KioskScaleGuiTest {

    @TempDir
    Path dir;

    private Services services;
    private Tasks tasks;
    private FrameFixture window;

    @AfterEach
    void closeKiosk() {
        if (tasks != null) {
            // Background work still running (an export being recorded) finishes on open services, or its error would
            // show a dialog in the next test.
            tasks.finish(java.time.Duration.ofSeconds(30));
        }
        if (window != null) {
            window.cleanUp();
        }
        if (services != null) {
            services.close();
        }
    }

    @Test
    void everyScreenShowsEveryControlWholeAtThisUiScale() throws Exception {
        String scale = System.getProperty("flatlaf.uiScale");
        assumeTrue(scale != null, "run by the ui-scale executions of pom.xml, which set flatlaf.uiScale");
        float factor = Float.parseFloat(scale);
        AppPaths paths = new AppPaths(dir.resolve("data").resolve("clinic.db"), Fixtures.CATALOGUE_DIR,
                dir.resolve("printables"));
        services = Services.start(paths, Fixtures.CLOCK);
        tasks = new Tasks();
        PrinterPreference none = NoPrinter.INSTANCE;
        org.physiokiosk.staff.Actor admin = org.physiokiosk.staff.Actor.of(services.desks().staff().add(
                Optional.empty(), "kim", "Kim Park", org.physiokiosk.staff.Role.ADMINISTRATOR, "48291573"));
        KioskFrame frame = GuiActionRunner.execute(() -> {
            KioskLauncher.installTheme();
            return new KioskFrame(new KioskFrame.Deps(services.catalogue(), services.desks(), new HandoutPrinter(),
                    none, paths.printables(), tasks, Fixtures.CLOCK, (who, backup) -> { }, KioskFrame.Controls.NONE),
                    admin);
        });
        assertThat(com.formdev.flatlaf.util.UIScale.getUserScaleFactor()).as("FlatLaf took the scale")
                .isEqualTo(factor);
        window = new FrameFixture(frame);
        // A screen as much larger than 1024x768 as the scale: what a clinic with a big monitor at 150 % or 200 % sees.
        Dimension size = new Dimension(Math.round(1024 * factor), Math.round(768 * factor));
        GuiActionRunner.execute(() -> {
            frame.setBounds(0, 0, size.width, size.height);
            frame.setVisible(true);
            frame.validate();
        });
        window.robot().waitForIdle();
        // Six screens for an administrator: the audit trail is the sixth.
        for (int tab = 0; tab < 6; tab++) {
            int index = tab;
            GuiActionRunner.execute(() -> window.tabbedPane("screens").target().setSelectedIndex(index));
            window.robot().waitForIdle();
            List<String> cut = GuiActionRunner.execute(() -> Clipping.cutOff(window.tabbedPane("screens").target()
                    .getSelectedComponent()));
            assertThat(cut).as("controls cut off on screen %d at %s x UI scale", tab + 1, scale).isEmpty();
        }
    }
}
