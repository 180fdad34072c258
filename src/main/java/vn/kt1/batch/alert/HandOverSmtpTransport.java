package vn.kt1.batch.alert;

import java.io.IOException;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Jakarta Mail's SMTP transport, telling the sender the moment before it ends a message's
 * data (the final {@code CRLF.CRLF}). Until then a server keeps nothing of the message: a
 * sender that dies earlier has surely not delivered it, and its successor sends it again
 * without a doubt. From then on the server may have it: only the sender's mark that it was
 * sent, a few milliseconds later, settles the outcome.
 */
final class HandOverSmtpTransport extends SMTPTransport {

	private final Runnable beforeHandOver;

	HandOverSmtpTransport(Session session, URLName url, String protocol, Runnable beforeHandOver) {
		super(session, url, protocol, "smtps".equals(protocol));
		this.beforeHandOver = beforeHandOver;
	}

	@Override
	protected void finishData() throws IOException, MessagingException {
		this.beforeHandOver.run();
		super.finishData();
	}

}
