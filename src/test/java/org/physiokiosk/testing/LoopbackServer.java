package org.physiokiosk.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A port on this computer that only counts who connects to it: a picture that names one of its addresses must never
 * make anything reach it.
 */
public final class LoopbackServer implements AutoCloseable {

    private final ServerSocket socket;
    /** The port each connection came from. */
    private final Set<Integer> taken = ConcurrentHashMap.newKeySet();
    private int markers;

    public LoopbackServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    taken.add(s.getPort());
                } catch (IOException closed) {
                    return;
                }
            }
        }, "loopback-server");
        accepting.setDaemon(true);
        accepting.start();
    }

    /** An address on this port, ending in {@code path}. */
    public String address(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/" + path;
    }

    /**
     * How many connections it took so far. Connections wait in line to be taken, so this connects once itself and
     * waits until that one is taken: every connection made before it has been counted by then.
     */
    public int connections() throws IOException, InterruptedException {
        try (Socket marker = new Socket(InetAddress.getLoopbackAddress(), socket.getLocalPort())) {
            long until = System.nanoTime() + 10_000_000_000L;
            while (!taken.contains(marker.getLocalPort()) && System.nanoTime() < until) {
                Thread.sleep(5);
            }
        }
        markers++;
        return taken.size() - markers;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
