package org.physiokiosk.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the records live: beside a checkout, or in the user's data folder once installed. */
class AppPathsTest {

    @TempDir
    Path dir;

    private static final AppPaths.Installation JAR = new AppPaths.Installation(false, false, Path.of("/home/kim"));

    private AppPaths.Installation linux() {
        return new AppPaths.Installation(true, false, dir.resolve("home"));
    }

    @Test
    void fromACheckoutEverythingStaysBesideIt() {
        AppPaths p = AppPaths.resolve(null, Map.of(), dir, JAR);
        assertThat(p.database()).isEqualTo(dir.resolve("data/physio-kiosk.db"));
        assertThat(p.printables()).isEqualTo(dir.resolve("printables"));
        assertThat(AppPaths.resolve(null, Map.of("PHYSIO_KIOSK_DB", "/srv/k.db"), dir, JAR).database())
                .isEqualTo(Path.of("/srv/k.db"));
    }

    @Test
    void installedOnLinuxTheRecordsLiveInTheUsersDataFolder() {
        AppPaths p = AppPaths.resolve(null, Map.of(), dir, linux());
        assertThat(p.database()).isEqualTo(dir.resolve("home/.local/share/physio-kiosk/physio-kiosk.db"));
        assertThat(p.printables()).isEqualTo(dir.resolve("home/.local/share/physio-kiosk/printables"));
        assertThat(p.catalogue()).as("the catalogue inside the program").isNull();

        Path xdg = dir.resolve("xdg-data");
        assertThat(AppPaths.resolve(null, Map.of("XDG_DATA_HOME", xdg.toString()), dir, linux()).database())
                .isEqualTo(xdg.resolve("physio-kiosk/physio-kiosk.db"));
        assertThat(AppPaths.resolve(null, Map.of("XDG_DATA_HOME", "relative/ignored"), dir, linux()).database())
                .as("XDG ignores a relative path").isEqualTo(dir.resolve("home/.local/share/physio-kiosk/physio-kiosk.db"));
        // --db and PHYSIO_KIOSK_DB still come first.
        assertThat(AppPaths.resolve("/tmp/x.db", Map.of("PHYSIO_KIOSK_DB", "/srv/k.db"), dir, linux())
                .database()).isEqualTo(Path.of("/tmp/x.db"));
        assertThat(AppPaths.resolve(null, Map.of("PHYSIO_KIOSK_DB", "/srv/k.db"), dir, linux()).database())
                .isEqualTo(Path.of("/srv/k.db"));
    }

    @Test
    void installedOnWindowsTheRecordsLiveInLocalAppData() {
        AppPaths.Installation windows = new AppPaths.Installation(true, true, dir.resolve("Users/kim"));
        Path local = dir.resolve("Users/kim/AppData/Local");
        assertThat(AppPaths.resolve(null, Map.of("LOCALAPPDATA", local.toString()), dir, windows).database())
                .isEqualTo(local.resolve("PhysioKiosk").resolve("physio-kiosk.db"));
        assertThat(AppPaths.resolve(null, Map.of(), dir, windows).database())
                .isEqualTo(dir.resolve("Users/kim/AppData/Local/PhysioKiosk/physio-kiosk.db"));
    }

    @Test
    void aSettingsFileNamesAClinicWideFolderAndOneThatCannotBeReadStopsWithItsName() throws Exception {
        Path config = Files.createDirectories(dir.resolve("home/.config/physio-kiosk"));
        Files.writeString(config.resolve("settings.properties"),
                "# the clinic's shared folder\ndatabase=/srv/clinic/records.db\nprintables=/srv/clinic/handouts\n");
        AppPaths p = AppPaths.resolve(null, Map.of(), dir, linux());
        assertThat(p.database()).isEqualTo(Path.of("/srv/clinic/records.db"));
        assertThat(p.printables()).isEqualTo(Path.of("/srv/clinic/handouts"));

        Files.write(config.resolve("settings.properties"), new byte[] {'d', '=', '\\', 'u', 'z', 'z', 'z'});
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AppPaths.resolve(null, Map.of(), dir, linux()))
                .hasMessageContaining("settings.properties").hasMessageContaining("could not be read");
    }

    @Test
    void aClinicServerIsChosenByDbTheEnvironmentOrTheSettingsFileAndNoFileIsNamedThen() throws Exception {
        AppPaths byOption = AppPaths.resolve("postgresql://clinic-server/physio", Map.of(), dir, JAR);
        assertThat(byOption.onServer()).isTrue();
        assertThat(byOption.server().toString()).isEqualTo("clinic-server:5432/physio");
        assertThat(byOption.database()).as("no record file on this PC").isNull();
        assertThat(byOption.printables()).isEqualTo(dir.resolve("printables"));

        AppPaths byEnv = AppPaths.resolve(null, Map.of("PHYSIO_KIOSK_DB", "postgresql://10.0.0.5:5433/clinic"), dir,
                linux());
        assertThat(byEnv.server().toString()).isEqualTo("10.0.0.5:5433/clinic");

        Path config = Files.createDirectories(dir.resolve("home/.config/physio-kiosk"));
        Files.writeString(config.resolve("settings.properties"),
                "database=postgresql://clinic-server/physio?sslmode=verify-full\nprintables=/srv/clinic/handouts\n");
        AppPaths bySettings = AppPaths.resolve(null, Map.of(), dir, linux());
        assertThat(bySettings.onServer()).isTrue();
        assertThat(bySettings.server().jdbcUrl(Map.of()))
                .isEqualTo("jdbc:postgresql://clinic-server:5432/physio?sslmode=verify-full");
        assertThat(bySettings.printables()).isEqualTo(Path.of("/srv/clinic/handouts"));
        // PGSSLMODE applies when the address names no mode of its own.
        assertThat(byOption.server().jdbcUrl(Map.of("PGSSLMODE", "verify-full")))
                .isEqualTo("jdbc:postgresql://clinic-server:5432/physio?sslmode=verify-full");
        // A file path is still a file.
        assertThat(AppPaths.resolve("/srv/k.db", Map.of(), dir, JAR).onServer()).isFalse();
    }

    @Test
    void aServerAddressWithASecretOrWithoutADatabaseIsRefusedSayingHowToWriteIt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AppPaths.resolve(
                "postgresql://sam:pw@clinic-server/physio", Map.of(), dir, JAR))
                .hasMessageContaining("PGUSER").hasMessageNotContaining("pw@");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AppPaths.resolve(
                "postgresql://clinic-server/physio?password=pw", Map.of(), dir, JAR))
                .hasMessageContaining("~/.pgpass");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AppPaths.resolve(
                "postgresql://clinic-server", Map.of(), dir, JAR))
                .hasMessageContaining("postgresql://HOST[:PORT]/DATABASE");
    }
}
