package vn.kt1.batch.ingest;

import java.util.ArrayList;
import java.util.List;

/** Writes and reads a JSON array of strings (or nulls): the raw values of a rejected row. */
final class JsonArrays {

	private JsonArrays() {
	}

	static String write(String[] values) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < values.length; i++) {
			json.append((i > 0) ? "," : "");
			if (values[i] == null) {
				json.append("null");
				continue;
			}
			json.append('"');
			for (char c : values[i].toCharArray()) {
				switch (c) {
					case '"' -> json.append("\\\"");
					case '\\' -> json.append("\\\\");
					default -> {
						if (c < 0x20) {
							json.append(String.format("\\u%04x", (int) c));
						}
						else {
							json.append(c);
						}
					}
				}
			}
			json.append('"');
		}
		return json.append(']').toString();
	}

	static String[] read(String json) {
		List<String> values = new ArrayList<>();
		int i = 1;
		while (i < json.length() - 1) {
			if (json.startsWith("null", i)) {
				values.add(null);
				i += 4;
			}
			else {
				StringBuilder value = new StringBuilder();
				i = readString(json, i + 1, value);
				values.add(value.toString());
			}
			i += (i < json.length() - 1 && json.charAt(i) == ',') ? 1 : 0;
		}
		return values.toArray(String[]::new);
	}

	private static int readString(String json, int start, StringBuilder value) {
		int i = start;
		while (json.charAt(i) != '"') {
			char c = json.charAt(i++);
			if (c != '\\') {
				value.append(c);
				continue;
			}
			char escaped = json.charAt(i++);
			if (escaped == 'u') {
				value.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
				i += 4;
			}
			else {
				value.append(escaped);
			}
		}
		return i + 1;
	}

}
