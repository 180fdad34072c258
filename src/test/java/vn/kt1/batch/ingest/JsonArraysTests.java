package vn.kt1.batch.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonArraysTests {

	@Test
	void roundTripsNullsQuotesBackslashesAndControlCharacters() {
		String[] values = { "RR123456785VN", null, "Công an \"xã\", Đồng Tháp", "a\\b", "dòng 1\ndòng 2\ttab", "" };

		String json = JsonArrays.write(values);

		assertThat(json).startsWith("[\"RR123456785VN\",null,\"Công an \\\"xã\\\"");
		assertThat(JsonArrays.read(json)).containsExactly(values);
	}

	@Test
	void emptyArray() {
		assertThat(JsonArrays.read(JsonArrays.write(new String[0]))).isEmpty();
	}

}
