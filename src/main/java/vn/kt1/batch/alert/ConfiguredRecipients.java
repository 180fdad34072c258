package vn.kt1.batch.alert;

import java.util.List;

import org.springframework.stereotype.Component;

/** The recipients of each topic from {@code kt1.alerts.recipients.<topic>}. */
@Component
class ConfiguredRecipients implements Recipients {

	private final AlertProperties properties;

	ConfiguredRecipients(AlertProperties properties) {
		this.properties = properties;
	}

	@Override
	public List<String> of(Topic topic) {
		return this.properties.recipients().getOrDefault(topic, List.of());
	}

}
