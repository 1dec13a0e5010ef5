package dev.kehu.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP relay on a local port to a real server, which a test can cut: every open connection is closed and
 * the port refuses new ones, as when the server is down or unreachable, until it is restored on the same
 * port. Lets a test take one service's database away without stopping the PostgreSQL the rest of the run
 * shares.
 */
public final class TcpProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "tcp-proxy");
        t.setDaemon(true);
        return t;
    });
    private ServerSocket server;

    private TcpProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.port = FreePorts.find();
    }

    public static TcpProxy start(String targetHost, int targetPort) {
        TcpProxy proxy = new TcpProxy(targetHost, targetPort);
        proxy.restore();
        return proxy;
    }

    public int port() {
        return port;
    }

    /** Listens again on the same port. */
    public synchronized void restore() {
        if (server != null && !server.isClosed()) {
            return;
        }
        try {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress("127.0.0.1", port));
            server = s;
            threads.execute(() -> accept(s));
        } catch (IOException e) {
            throw new UncheckedIOException("could not listen on " + port, e);
        }
    }

    /** Closes every relayed connection and stops listening: connecting is refused until {@link #restore()}. */
    public synchronized void cut() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException ignored) {
            // closing anyway
        }
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    private void accept(ServerSocket s) {
        while (!s.isClosed()) {
            try {
                Socket in = s.accept();
                Socket out = new Socket(targetHost, targetPort);
                open.add(in);
                open.add(out);
                threads.execute(() -> pipe(in, out));
                threads.execute(() -> pipe(out, in));
            } catch (IOException e) {
                // closed by cut(), or the target refused: the client sees its connection end
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side went away: so does the other
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        cut();
        threads.shutdownNow();
    }
}
