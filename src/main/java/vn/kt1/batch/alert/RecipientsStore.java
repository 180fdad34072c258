package vn.kt1.batch.alert;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The recipients of each topic: as an administrator set them in the web console, otherwise
 * as configured ({@code kt1.alerts.recipients.<topic>}). Read when a message is sent, so a
 * change reaches the messages still waiting, and messages held for want of recipients go
 * once their topic has some.
 */
@Primary
@Component
public class RecipientsStore implements Recipients {

	/** More addresses than a topic needs; a list pasted by mistake is refused. */
	static final int MAX_ADDRESSES = 50;

	private final JdbcTemplate jdbc;

	private final ConfiguredRecipients configured;

	RecipientsStore(JdbcTemplate jdbc, ConfiguredRecipients configured) {
		this.jdbc = jdbc;
		this.configured = configured;
	}

	@Override
	public List<String> of(Topic topic) {
		List<String> stored = this.jdbc.queryForList("SELECT addresses FROM alert_recipients WHERE topic = ?",
				String.class, topic.name());
		return stored.isEmpty() ? this.configured.of(topic) : lines(stored.get(0));
	}

	/** @return every topic a message goes to by its recipients (the test message has its own) */
	public List<TopicRecipients> all() {
		Map<String, Edit> edits = this.jdbc
			.query("SELECT topic, addresses, updated_by, updated_at FROM alert_recipients",
					(rs, row) -> new Edit(rs.getString(1), lines(rs.getString(2)), rs.getString(3),
							rs.getTimestamp(4).toLocalDateTime()))
			.stream()
			.collect(Collectors.toMap(Edit::topic, (edit) -> edit));
		List<TopicRecipients> all = new ArrayList<>();
		for (Topic topic : Topic.values()) {
			if (topic == Topic.TEST) {
				continue;
			}
			Edit edit = edits.get(topic.name());
			List<String> configuredAddresses = this.configured.of(topic);
			all.add((edit != null)
					? new TopicRecipients(topic, edit.addresses(), configuredAddresses, edit.by(), edit.at())
					: new TopicRecipients(topic, configuredAddresses, configuredAddresses, null, null));
		}
		return all;
	}

	/**
	 * Set a topic's recipients, in place of the configuration's.
	 * @param text the addresses, separated by lines, commas or semicolons; none: nobody (the
	 * topic's messages are held until it has recipients)
	 * @param by who set them
	 * @return the addresses stored
	 * @throws IllegalArgumentException naming the first address that is not one, or too many
	 */
	public List<String> set(Topic topic, String text, String by) {
		List<String> addresses = parse(text);
		this.jdbc.update("INSERT INTO alert_recipients (topic, addresses, updated_by, updated_at) VALUES (?, ?, ?, ?) "
				+ "ON DUPLICATE KEY UPDATE addresses = VALUES(addresses), updated_by = VALUES(updated_by), "
				+ "updated_at = VALUES(updated_at)", topic.name(), String.join("\n", addresses), by,
				Timestamp.valueOf(LocalDateTime.now()));
		return addresses;
	}

	/** Give a topic the configuration's recipients again. @return whether it had its own */
	public boolean reset(Topic topic) {
		return this.jdbc.update("DELETE FROM alert_recipients WHERE topic = ?", topic.name()) == 1;
	}

	static List<String> parse(String text) {
		Set<String> addresses = new LinkedHashSet<>();
		for (String each : (text != null) ? text.split("[\\r\\n,;]+") : new String[0]) {
			String address = each.strip();
			if (address.isEmpty()) {
				continue;
			}
			try {
				new InternetAddress(address, true).validate();
			}
			catch (AddressException ex) {
				throw new IllegalArgumentException("'" + address + "' không phải là địa chỉ thư điện tử");
			}
			addresses.add(address);
		}
		if (addresses.size() > MAX_ADDRESSES) {
			throw new IllegalArgumentException(addresses.size() + " địa chỉ, nhiều hơn " + MAX_ADDRESSES
					+ " địa chỉ một chủ đề nhận được");
		}
		return List.copyOf(addresses);
	}

	private static List<String> lines(String addresses) {
		return Arrays.stream(addresses.split("\n")).filter((line) -> !line.isBlank()).toList();
	}

	/**
	 * A topic's recipients as messages go to them.
	 *
	 * @param addresses those in effect
	 * @param configured those of the configuration
	 * @param updatedBy who set them in the console, or {@code null}: the configuration's
	 * @param updatedAt when
	 */
	public record TopicRecipients(Topic topic, List<String> addresses, List<String> configured, String updatedBy,
			LocalDateTime updatedAt) {

		public boolean edited() {
			return this.updatedBy != null;
		}

	}

	private record Edit(String topic, List<String> addresses, String by, LocalDateTime at) {

	}

}
