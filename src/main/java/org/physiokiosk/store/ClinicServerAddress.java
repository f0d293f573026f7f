package org.physiokiosk.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * Where the clinic server is: {@code postgresql://HOST[:PORT]/DATABASE}, with {@code ?sslmode=...} if wanted. The user
 * name and password never come from here (a command line is seen by anyone listing the PC's processes): they come
 * from PGUSER and PGPASSWORD, or the password from ~/.pgpass, as every PostgreSQL program reads them.
 */
public record ClinicServerAddress(String host, int port, String database, String query) {

    public static final String SCHEME = "postgresql://";

    /**
     * The driver's settings an address may carry: TLS, a schema, time limits. Any other (a class to load, a file to
     * log into, a key's password) is refused: an address is typed into a settings file or a shortcut, and the driver
     * would act on whatever it names.
     */
    private static final java.util.List<String> ALLOWED = java.util.List.of("sslmode", "sslrootcert", "sslcert",
            "sslkey", "currentSchema", "connectTimeout", "socketTimeout", "loginTimeout", "tcpKeepAlive",
            "applicationName", "channelBinding", "gssEncMode", "targetServerType");
    private static final java.util.Set<String> NUMBERS = java.util.Set.of("connectTimeout", "socketTimeout",
            "loginTimeout");

    /** Whether {@code text} names a clinic server rather than a file. */
    public static boolean isServer(String text) {
        return text != null && text.strip().toLowerCase(java.util.Locale.ROOT).startsWith(SCHEME);
    }

    /** The address in {@code text}, or a refusal that says how to write it. */
    public static ClinicServerAddress parse(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw refused(text, "it is not an address (" + e.getReason() + ")");
        }
        if (uri.getRawUserInfo() != null) {
            throw new StoreException.Refused("Do not put a user name or password in the clinic server's address: "
                    + "set PGUSER, and PGPASSWORD or a line in ~/.pgpass, then use " + SCHEME + uri.getHost()
                    + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getRawPath());
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (uri.getHost() == null || path.length() < 2 || path.indexOf('/', 1) >= 0) {
            throw refused(text, "it needs a server and one database name");
        }
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        for (String param : query.isEmpty() ? new String[0] : query.split("&")) {
            String name = param.contains("=") ? param.substring(0, param.indexOf('=')) : param;
            String value = param.contains("=") ? param.substring(param.indexOf('=') + 1) : "";
            if (name.equalsIgnoreCase("user") || name.equalsIgnoreCase("password")) {
                throw new StoreException.Refused("Do not put a user name or password in the clinic server's address: "
                        + "set PGUSER, and PGPASSWORD or a line in ~/.pgpass.");
            }
            if (name.equalsIgnoreCase("sslpassword")) {
                throw new StoreException.Refused("Do not put the password of a TLS key in the clinic server's address:"
                        + " anyone who lists this PC's programs would see it. Use a key file without a password, "
                        + "readable by this PC's user only (sslkey=FILE).");
            }
            if (!ALLOWED.contains(name)) {
                throw refused(text, "'" + name + "' is not a setting Physio Kiosk passes to the server (it takes "
                        + String.join(", ", ALLOWED) + ")");
            }
            if (NUMBERS.contains(name) && !value.matches("\\d{1,6}")) {
                throw refused(text, name + " must be a whole number of seconds, not '" + value + "'");
            }
        }
        return new ClinicServerAddress(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 5432, path.substring(1),
                query);
    }

    private static StoreException.Refused refused(String text, String why) {
        return new StoreException.Refused("The clinic server's address " + text.strip() + " cannot be used: " + why
                + ". Write it as " + SCHEME + "HOST[:PORT]/DATABASE, for example " + SCHEME
                + "clinic-server:5432/physio.");
    }

    /**
     * The JDBC address for PostgreSQL's driver: this address, with PGSSLMODE's mode when the address names none (the
     * driver itself does not read PGSSLMODE).
     */
    public String jdbcUrl(Map<String, String> env) {
        String params = query;
        String mode = env.get("PGSSLMODE");
        if (mode != null && !mode.isBlank() && !params.toLowerCase(java.util.Locale.ROOT).contains("sslmode=")) {
            params = params.isEmpty() ? "sslmode=" + mode.strip() : params + "&sslmode=" + mode.strip();
        }
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + (params.isEmpty() ? "" : "?" + params);
    }

    /** How the server is named to people: HOST:PORT/DATABASE, never a secret. */
    @Override
    public String toString() {
        return host + ":" + port + "/" + database;
    }
}
