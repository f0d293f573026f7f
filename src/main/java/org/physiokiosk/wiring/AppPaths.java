package org.physiokiosk.wiring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where the kiosk keeps things.
 *
 * <p>Run with {@code java -jar} from a checkout: relative to the folder it is started from, the database
 * {@code data/physio-kiosk.db}, the catalogue {@code data/catalogue/} (or the copy inside the jar when that folder
 * does not exist) and handouts in {@code printables/}.
 *
 * <p>Installed (started by its jpackage launcher): in the user's data folder, {@code $XDG_DATA_HOME/physio-kiosk}
 * (else {@code ~/.local/share/physio-kiosk}) on Linux and {@code %LOCALAPPDATA%\PhysioKiosk} on Windows, with the
 * catalogue inside the program. A settings file, {@code $XDG_CONFIG_HOME/physio-kiosk/settings.properties} (else
 * {@code ~/.config/...}; {@code %APPDATA%\PhysioKiosk\settings.properties} on Windows), may name another
 * {@code database} and {@code printables} folder, such as a clinic-wide one.
 *
 * <p>Either way {@code --db}, then the environment variable {@code PHYSIO_KIOSK_DB}, choose the database first. Any of
 * them may name a clinic server instead of a file ({@code postgresql://HOST[:PORT]/DATABASE}): then {@link #server()}
 * is its address and {@link #database()} is null, as no record is kept on this PC.
 */
public record AppPaths(Path database, Path catalogue, Path printables,
                       org.physiokiosk.store.ClinicServerAddress server) {

    /** A record in a file on this PC. */
    public AppPaths(Path database, Path catalogue, Path printables) {
        this(database, catalogue, printables, null);
    }

    /** Whether the record is on a clinic server rather than in a file here. */
    public boolean onServer() {
        return server != null;
    }

    public static final String DB_ENV = "PHYSIO_KIOSK_DB";
    public static final Path DEFAULT_DB = Path.of("data", "physio-kiosk.db");

    /** How the program was started: installed (its launcher sets {@code jpackage.app-path}) or from a jar. */
    public record Installation(boolean installed, boolean windows, Path home) {

        public static Installation current() {
            return new Installation(System.getProperty("jpackage.app-path") != null,
                    System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows"),
                    Path.of(System.getProperty("user.home", ".")));
        }
    }

    public static AppPaths resolve(Path dbOption, Map<String, String> env, Path workingDir) {
        return resolve(dbOption == null ? null : dbOption.toString(), env, workingDir, Installation.current());
    }

    /** As {@link #resolve(Path, Map, Path)}, for {@code --db} as typed: a file, or a clinic server's address. */
    public static AppPaths resolve(String dbOption, Map<String, String> env, Path workingDir) {
        return resolve(dbOption, env, workingDir, Installation.current());
    }

    static AppPaths resolve(String dbOption, Map<String, String> env, Path workingDir, Installation how) {
        String chosen = dbOption != null ? dbOption
                : env.get(DB_ENV) != null && !env.get(DB_ENV).isBlank() ? env.get(DB_ENV) : null;
        if (!how.installed()) {
            AppPaths here = new AppPaths(chosen != null && !org.physiokiosk.store.ClinicServerAddress.isServer(chosen)
                    ? Path.of(chosen) : workingDir.resolve(DEFAULT_DB),
                    catalogueFolder(workingDir, how), workingDir.resolve("printables"));
            return onServerIf(chosen, here);
        }
        Path data = folder(env, how, "XDG_DATA_HOME", ".local/share", "LOCALAPPDATA");
        Properties settings = settings(folder(env, how, "XDG_CONFIG_HOME", ".config", "APPDATA")
                .resolve("settings.properties"));
        String named = chosen != null ? chosen
                : settings.getProperty("database") != null ? settings.getProperty("database").strip() : null;
        Path database = named != null && !org.physiokiosk.store.ClinicServerAddress.isServer(named) ? Path.of(named)
                : data.resolve("physio-kiosk.db");
        Path printables = settings.getProperty("printables") != null
                ? Path.of(settings.getProperty("printables").strip()) : data.resolve("printables");
        return onServerIf(named, new AppPaths(database, null, printables));
    }

    /** {@code paths} with the clinic server {@code chosen} names, when it names one, and then no file. */
    private static AppPaths onServerIf(String chosen, AppPaths paths) {
        if (!org.physiokiosk.store.ClinicServerAddress.isServer(chosen)) {
            return paths;
        }
        return new AppPaths(null, paths.catalogue(), paths.printables(),
                org.physiokiosk.store.ClinicServerAddress.parse(chosen));
    }

    /**
     * The catalogue's folder: data/catalogue in the working folder when the program runs from a jar and that folder
     * exists; otherwise null, the copy inside the program. The database's place does not change it.
     */
    public static Path catalogueFolder(Path workingDir) {
        return catalogueFolder(workingDir, Installation.current());
    }

    private static Path catalogueFolder(Path workingDir, Installation how) {
        Path catalogue = workingDir.resolve("data").resolve("catalogue");
        return !how.installed() && Files.isDirectory(catalogue) ? catalogue : null;
    }

    /** The program's own folder under the user's data or settings folder. */
    private static Path folder(Map<String, String> env, Installation how, String xdg, String xdgDefault,
                               String windowsVariable) {
        if (how.windows()) {
            String base = env.get(windowsVariable);
            return (base == null || base.isBlank() ? how.home().resolve("AppData").resolve(
                    windowsVariable.equals("APPDATA") ? "Roaming" : "Local") : Path.of(base)).resolve("PhysioKiosk");
        }
        String base = env.get(xdg);
        // The XDG specification ignores a relative path.
        Path root = base != null && !base.isBlank() && Path.of(base).isAbsolute() ? Path.of(base)
                : how.home().resolve(xdgDefault);
        return root.resolve("physio-kiosk");
    }

    /**
     * The settings file, or none. One that cannot be read stops the program with its name: quietly using the
     * defaults could open an empty database beside the clinic's real one.
     */
    private static Properties settings(Path file) {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalStateException("The settings file " + file + " could not be read (" + e.getMessage()
                        + "). Fix it (lines such as database=/srv/clinic/physio-kiosk.db) or remove it.", e);
            }
        }
        return p;
    }
}
