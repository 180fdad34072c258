package vn.kt1.batch.incident;

import java.util.HashMap;
import java.util.Map;

import vn.kt1.batch.shared.tabular.HeaderNames;

/** What happened: the kinds of incident the register records, with their Vietnamese labels. */
public enum IncidentKind {

	THAT_LAC("Thất lạc", "lost"), HU_HONG("Hư hỏng", "damaged"), BOC_MO("Bị bóc mở", "opened"),
	CHAM("Chậm trễ", "delayed"), THU_GIU("Bị thu giữ", "seized"), KHAC("Khác", "other");

	/** Every accepted spelling (code, label, English word), normalised as headers are. */
	static final Map<String, String> ALIASES = aliases();

	private final String label;

	private final String english;

	IncidentKind(String label, String english) {
		this.label = label;
		this.english = english;
	}

	/** @return the Vietnamese label */
	public String label() {
		return this.label;
	}

	private static Map<String, String> aliases() {
		Map<String, String> aliases = new HashMap<>();
		for (IncidentKind kind : values()) {
			aliases.put(HeaderNames.normalize(kind.name()), kind.name());
			aliases.put(HeaderNames.normalize(kind.label), kind.name());
			aliases.put(HeaderNames.normalize(kind.english), kind.name());
		}
		aliases.put(HeaderNames.normalize("Bóc mở"), BOC_MO.name());
		aliases.put(HeaderNames.normalize("Chậm"), CHAM.name());
		aliases.put(HeaderNames.normalize("Thu giữ"), THU_GIU.name());
		return Map.copyOf(aliases);
	}

}
