package org.physiokiosk.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Staff secrets: what makes a good one, and the only form in which one is kept: a slow, salted Argon2id hash with
 * its parameters beside it ({@code argon2id$m=98304,t=2,p=1$salt$hash}), so they can be raised later and an old
 * hash made again at the next sign-in. A secret is never stored, logged or printed.
 */
public final class Secrets {

    /**
     * The parameters new hashes get: 96 MiB of memory, 2 passes, 1 lane. As much as a sign-in on a busy 2-core PC can
     * spend and still answer within half a second with the installed program's compiler (see {@code benchmark}, ADR
     * 0009); one lane, as Bouncy Castle fills the lanes one after another on one core whatever their number.
     */
    public static final int MEMORY_KIB = 96 * 1024;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;

    /**
     * The digits an administrator's PIN needs: an administrator reads the whole trail, exports and erases patients,
     * so a copied file must not give their PIN away within a season (ADR 0009).
     */
    public static final int ADMINISTRATOR_PIN_DIGITS = 8;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * Hashes made at once in this program: each holds {@link #MEMORY_KIB} of memory while it runs, so a burst of
     * sign-ins waits its turn rather than running the program out of memory.
     */
    private static final java.util.concurrent.Semaphore AT_ONCE = new java.util.concurrent.Semaphore(
            Math.max(1, Runtime.getRuntime().availableProcessors()), true);

    /** PINs anyone would try first: refused, with a word on why (as are runs, repeated blocks and years of birth). */
    static final Set<String> COMMON = Set.of("123456", "654321", "000000", "111111", "222222", "333333", "444444",
            "555555", "666666", "777777", "888888", "999999", "121212", "123123", "112233", "123321", "696969",
            "159753", "147258", "102030", "012345", "1234567", "12345678", "123456789", "87654321", "11223344",
            "246810", "131313", "101010", "202020");

    private Secrets() {
    }

    /**
     * What is wrong with a new secret, in words for the person choosing it; empty when it may be used. A PIN has at
     * least 6 digits and is not one anyone would guess; a passphrase has at least 12 characters.
     */
    public static Optional<String> problem(String secret) {
        return problem(secret, 6, "A PIN");
    }

    /**
     * What is wrong with a new secret for someone with {@code role}: an administrator's PIN needs
     * {@link #ADMINISTRATOR_PIN_DIGITS} digits; a passphrase of at least 12 characters does for everyone.
     */
    public static Optional<String> problemFor(Role role, String secret) {
        return role == Role.ADMINISTRATOR ? problem(secret, ADMINISTRATOR_PIN_DIGITS, "An administrator's PIN")
                : problem(secret);
    }

    private static Optional<String> problem(String secret, int digits, String whose) {
        if (secret == null || secret.isEmpty()) {
            return Optional.of("Choose a PIN of at least " + digits + " digits, or a passphrase of at least 12 "
                    + "characters.");
        }
        if (secret.chars().allMatch(Character::isDigit)) {
            if (secret.length() < digits) {
                return Optional.of(whose + " needs at least " + digits + " digits (or choose a passphrase of at "
                        + "least 12 characters).");
            }
            if (COMMON.contains(secret) || secret.chars().distinct().count() == 1 || ascending(secret)
                    || secret.matches("(\\d{1,4})\\1+") || birthYears(secret)) {
                return Optional.of("That PIN is one of the first that anyone would try (such as 123456, a repeated "
                        + "digit or a year of birth). Choose digits with no pattern.");
            }
            return Optional.empty();
        }
        if (secret.length() < 12) {
            return Optional.of("A passphrase needs at least 12 characters (or choose a PIN of at least " + digits
                    + " digits).");
        }
        return Optional.empty();
    }

    /** A run up or down, also past 9 or 0: 123456, 987654, 1234567890, 0987654321. */
    private static boolean ascending(String digits) {
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < digits.length(); i++) {
            int step = Math.floorMod(digits.charAt(i) - digits.charAt(i - 1), 10);
            up &= step == 1;
            down &= step == 9;
        }
        return up || down;
    }

    /** A year of birth, repeated or with a day and month: 19561956, 195619, 011956, 01011956. */
    private static boolean birthYears(String digits) {
        return digits.matches("(19|20)\\d\\d(19|20)?\\d\\d") || digits.matches("(0[1-9]|[12]\\d|3[01])(19|20)\\d\\d")
                || digits.matches("(19|20)\\d\\d(0[1-9]|1[0-2])") || digits.matches("(0[1-9]|[12]\\d|3[01])"
                + "(0[1-9]|1[0-2])(19|20)\\d\\d");
    }

    /** The secret as a new hash with today's parameters. */
    public static String hash(String secret) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return encode(MEMORY_KIB, ITERATIONS, PARALLELISM, salt, derive(secret, salt, MEMORY_KIB, ITERATIONS,
                PARALLELISM));
    }

    /** Whether {@code secret} matches the stored hash (compared in constant time). */
    public static boolean matches(String secret, String stored) {
        Parsed p = parse(stored);
        byte[] tried = derive(secret, p.salt(), p.memory(), p.iterations(), p.parallelism());
        return MessageDigest.isEqual(tried, p.hash());
    }

    /** Whether a stored hash was made with weaker parameters than today's: make it again at the next sign-in. */
    public static boolean needsRehash(String stored) {
        Parsed p = parse(stored);
        return p.memory() < MEMORY_KIB || p.iterations() < ITERATIONS || p.parallelism() < PARALLELISM;
    }

    /** A hash with other parameters: older, weaker ones (for moving to today's) or a test's. */
    public static String hash(String secret, int memoryKib, int iterations, int parallelism) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return encode(memoryKib, iterations, parallelism, salt, derive(secret, salt, memoryKib, iterations,
                parallelism));
    }

    private record Parsed(int memory, int iterations, int parallelism, byte[] salt, byte[] hash) {
    }

    private static Parsed parse(String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals("argon2id")) {
            throw new IllegalArgumentException("not an Argon2id secret hash");
        }
        int m = 0;
        int t = 0;
        int p = 0;
        for (String kv : parts[1].split(",")) {
            String[] pair = kv.split("=");
            switch (pair[0]) {
                case "m" -> m = Integer.parseInt(pair[1]);
                case "t" -> t = Integer.parseInt(pair[1]);
                case "p" -> p = Integer.parseInt(pair[1]);
                default -> throw new IllegalArgumentException("unknown hash parameter " + pair[0]);
            }
        }
        Base64.Decoder d = Base64.getDecoder();
        return new Parsed(m, t, p, d.decode(parts[2]), d.decode(parts[3]));
    }

    private static String encode(int m, int t, int p, byte[] salt, byte[] hash) {
        Base64.Encoder e = Base64.getEncoder().withoutPadding();
        return "argon2id$m=" + m + ",t=" + t + ",p=" + p + "$" + e.encodeToString(salt) + "$" + e.encodeToString(hash);
    }

    private static byte[] derive(String secret, byte[] salt, int memoryKib, int iterations, int parallelism) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt).withMemoryAsKB(memoryKib)
                .withIterations(iterations).withParallelism(parallelism).build();
        AT_ONCE.acquireUninterruptibly();
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(params);
            byte[] out = new byte[HASH_BYTES];
            generator.generateBytes(secret.getBytes(StandardCharsets.UTF_8), out);
            return out;
        } finally {
            AT_ONCE.release();
        }
    }
}
