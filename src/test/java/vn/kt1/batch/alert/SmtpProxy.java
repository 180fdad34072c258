package vn.kt1.batch.alert;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay between the application and the test mail server, on 127.0.0.1 and a free port,
 * that plays the mail server's troubles: {@link #down()} closes every connection at once (the
 * server is unreachable), {@link #holdAfter} stops passing the server's replies once the
 * client has sent a given line for the n-th time, so the client waits in the middle of a
 * message until it is killed.
 */
public final class SmtpProxy implements AutoCloseable {

	private final ServerSocket server;

	private final int targetPort;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private volatile boolean down;

	private volatile String holdPattern;

	private final AtomicInteger holdCountdown = new AtomicInteger();

	private volatile boolean holding;

	SmtpProxy(int targetPort) throws IOException {
		this.targetPort = targetPort;
		this.server = new ServerSocket();
		this.server.setReuseAddress(true);
		this.server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
		Thread accept = new Thread(this::accept, "smtp-proxy");
		accept.setDaemon(true);
		accept.start();
	}

	public int port() {
		return this.server.getLocalPort();
	}

	/** The server is unreachable: connections are closed as they come, and those open now. */
	public void down() {
		this.down = true;
		this.sockets.forEach(SmtpProxy::closeQuietly);
	}

	/** The server is reachable again; nothing is held. */
	public void up() {
		this.down = false;
		this.holdPattern = null;
		this.holding = false;
	}

	/**
	 * From the moment the client has sent {@code line} for the {@code n}-th time, pass none of
	 * the server's replies: {@code "DATA\r\n"} holds the client before the message's data,
	 * {@code "\r\n.\r\n"} after the server has the whole message but before the client knows.
	 */
	public void holdAfter(String line, int n) {
		this.holding = false;
		this.holdCountdown.set(n);
		this.holdPattern = line;
	}

	/** @return whether replies are being held */
	public boolean holding() {
		return this.holding;
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				if (this.down) {
					client.close();
					continue;
				}
				Socket target = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
				this.sockets.add(client);
				this.sockets.add(target);
				pump(client, target, true);
				pump(target, client, false);
			}
			catch (IOException ex) {
				// closed, or a connection that failed: the next one is served
			}
		}
	}

	private void pump(Socket from, Socket to, boolean fromClient) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[8192];
			String tail = "";
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					if (fromClient) {
						// the tail is one character shorter than the pattern: an occurrence seen is always new
						String seen = tail + new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
						String pattern = this.holdPattern;
						count(seen, pattern);
						int keep = (pattern != null) ? pattern.length() - 1 : 0;
						tail = seen.substring(Math.max(0, seen.length() - keep));
					}
					else if (this.holding) {
						continue;
					}
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// a side closed: close the other
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.sockets.remove(from);
				this.sockets.remove(to);
			}
		}, "smtp-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private void count(String seen, String pattern) {
		if (pattern == null || this.holding) {
			return;
		}
		for (int at = seen.indexOf(pattern); at >= 0; at = seen.indexOf(pattern, at + pattern.length())) {
			if (this.holdCountdown.decrementAndGet() == 0) {
				this.holding = true;
				return;
			}
		}
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// closed already
		}
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		this.sockets.forEach(SmtpProxy::closeQuietly);
	}

}
