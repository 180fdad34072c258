package vn.kt1.batch.alert;

import java.util.List;

/**
 * The addresses of a topic, looked up when a message is sent, so a change reaches the
 * messages still waiting. Today they come from configuration ({@link ConfiguredRecipients});
 * another implementation (a table an administrator edits) replaces that bean alone.
 */
public interface Recipients {

	/** @return the addresses of the topic, empty when it has none */
	List<String> of(Topic topic);

}
