package org.physiokiosk.access;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.physiokiosk.staff.Secrets;
import org.physiokiosk.store.AuditRepository;
import org.physiokiosk.store.Database;
import org.physiokiosk.store.StaffRepository;

/**
 * A kiosk of its own, in its own process, for {@link SignInAcrossProcessesTest}: opens the record, says "ready", waits
 * for the go file, then sends its wrong secrets for one name all at once and prints, for each hash it derived,
 * whether it was checked against that account's secret ("checked") or the stand-in ("stand-in").
 */
public final class SignInWorker {

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path go = Path.of(args[1]);
        String name = args[2];
        int tries = Integer.parseInt(args[3]);
        try (Database database = Database.open(db, Database.DamageCheck.AFTER_UNCLEAN_CLOSE)) {
            StaffRepository repo = new StaffRepository(database, Clock.systemUTC());
            String stored = repo.find(name).orElseThrow().secretHash();
            List<String> said = java.util.Collections.synchronizedList(new ArrayList<>());
            StaffAccounts.Hashing counted = new StaffAccounts.Hashing() {
                @Override
                public boolean matches(String secret, String against) {
                    said.add(against.equals(stored) ? "checked" : "stand-in");
                    return Secrets.matches(secret, against);
                }

                @Override
                public String hash(String secret) {
                    return Secrets.hash(secret);
                }
            };
            StaffAccounts staff = new StaffAccounts(repo, millis -> { }, new AuditRepository(database,
                    Clock.systemUTC()), counted);
            System.out.println("ready");
            System.out.flush();
            while (!Files.exists(go)) {
                Thread.sleep(2);
            }
            ExecutorService threads = Executors.newFixedThreadPool(tries);
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < tries; i++) {
                String wrong = String.format("%08d", ProcessHandle.current().pid() % 1000 * 100_000 + i * 7919);
                sent.add(threads.submit(() -> staff.signIn(name, wrong).ifPresent(m -> said.add("SIGNED IN"))));
            }
            for (Future<?> f : sent) {
                f.get();
            }
            threads.shutdown();
            said.forEach(System.out::println);
        }
    }
}
