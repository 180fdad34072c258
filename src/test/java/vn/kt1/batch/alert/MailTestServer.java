package vn.kt1.batch.alert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * The real SMTP server of the integration tests (GreenMail, in the test JVM), started once for
 * the whole suite on 127.0.0.1 and a free port, behind an {@link SmtpProxy} that can play a
 * server down or a connection cut mid-message. Registered in {@code META-INF/spring.factories}
 * as a context customizer, it points {@code spring.mail.*} at the proxy and gives every alert
 * topic a recipient, without changing the shared context's annotation.
 */
public final class MailTestServer implements ContextCustomizerFactory {

	private static GreenMail greenMail;

	private static SmtpProxy proxy;

	/** The recipients of each topic in the tests. */
	public static final Map<String, String> RECIPIENTS = Map.of("failures", "quantri@kt1.test", "checks",
			"quantri@kt1.test,sokhcn@kt1.test", "deadlines", "quantri@kt1.test", "estimates", "taichinh@kt1.test",
			"reports", "vanphong@buudien.kt1.test", "digest", "quantri@kt1.test");

	public static synchronized GreenMail greenMail() {
		if (greenMail == null) {
			greenMail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			greenMail.start();
			try {
				proxy = new SmtpProxy(greenMail.getSmtp().getPort());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return greenMail;
	}

	public static synchronized SmtpProxy proxy() {
		greenMail();
		return proxy;
	}

	/** Forget every message received, and let the server work normally. */
	public static void reset() {
		try {
			greenMail().purgeEmailFromAllMailboxes();
		}
		catch (FolderException ex) {
			throw new IllegalStateException(ex);
		}
		proxy().up();
	}

	/** @return the messages received, one per recipient */
	public static List<MimeMessage> received() {
		return Arrays.asList(greenMail().getReceivedMessages());
	}

	/** @return the messages a recipient received (its mailbox) */
	public static List<MimeMessage> receivedBy(String address) {
		return greenMail().findReceivedMessages((user) -> user.getEmail().equals(address), (message) -> true)
			.toList();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new Customizer();
	}

	/** Equal to every other, so the shared context stays one. */
	private static final class Customizer implements ContextCustomizer {

		@Override
		public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
				org.springframework.test.context.MergedContextConfiguration mergedConfig) {
			Map<String, Object> properties = new java.util.HashMap<>();
			properties.put("spring.mail.host", "127.0.0.1");
			properties.put("spring.mail.port", proxy().port());
			properties.put("kt1.web.base-url", "http://console.kt1.test");
			RECIPIENTS.forEach((topic, addresses) -> properties.put("kt1.alerts.recipients." + topic, addresses));
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("kt1-test-mail", properties));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Customizer;
		}

		@Override
		public int hashCode() {
			return Customizer.class.hashCode();
		}

	}

}
