package org.physiokiosk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The network between a kiosk and the real clinic server, as a test can break it: every byte is passed on to the
 * server until {@link #cut()}, which drops every open connection and refuses new ones (a cable pulled, a switch
 * restarted); {@link #mend()} lets connections through again on the same port. Nothing is imitated: the server at the
 * other end is the real one.
 */
public final class CuttableLink implements AutoCloseable {

    private final String host;
    private final int port;
    private final int localPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listening;

    public CuttableLink(String host, int port) throws IOException {
        this.host = host;
        this.port = port;
        ServerSocket first = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.localPort = first.getLocalPort();
        listen(first);
    }

    /** The port a kiosk connects to instead of the server's. */
    public int port() {
        return localPort;
    }

    /** Drops every connection through the link and refuses new ones. */
    public synchronized void cut() throws IOException {
        listening.close();
        for (Socket s : open) {
            s.close();
        }
        open.clear();
    }

    /** Lets connections through again. */
    public synchronized void mend() throws IOException {
        if (!listening.isClosed()) {
            return;
        }
        ServerSocket again = new ServerSocket();
        again.setReuseAddress(true);
        again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), localPort), 50);
        listen(again);
    }

    private void listen(ServerSocket socket) {
        listening = socket;
        Thread accept = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    Socket server = new Socket(host, port);
                    open.add(client);
                    open.add(server);
                    pipe(client, server);
                    pipe(server, client);
                } catch (IOException closed) {
                    return;
                }
            }
        }, "link-accept");
        accept.setDaemon(true);
        accept.start();
    }

    private void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException dropped) {
                // the link was cut, or one side closed
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }, "link-pipe");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
