package vn.kt1.batch.alert;

import java.util.List;

/**
 * The addresses of a topic, looked up when a message is sent, so a change reaches the
 * messages still waiting: those an administrator set in the web console
 * ({@link RecipientsStore}), otherwise the configuration's ({@link ConfiguredRecipients}).
 */
public interface Recipients {

	/** @return the addresses of the topic, empty when it has none */
	List<String> of(Topic topic);

}
