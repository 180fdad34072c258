package vn.kt1.batch.estimate;

import org.junit.jupiter.api.Test;

import vn.kt1.batch.estimate.forecast.Forecasters;

import static org.assertj.core.api.Assertions.assertThat;

class MethodTextTests {

	@Test
	void everyDescriptionOfTheMethodInVietnamese() {
		assertThat(MethodText.of("Mean of ETS, Theta and SES (seasonally adjusted, multiplicative), "
				+ "2 outlying months capped")).isEqualTo(new MethodText("kết hợp ETS/Theta/SES",
						"bình quân của ETS, Theta và SES (đã khử mùa vụ), chặn 2 tháng bất thường"));
		assertThat(MethodText.of("Mean of ETS, Theta and SES, 1 outlying month capped").text())
			.isEqualTo("bình quân của ETS, Theta và SES, chặn 1 tháng bất thường");
		assertThat(MethodText.of("Share 1.250 % of the group: Mean of ETS, Theta and SES").text())
			.isEqualTo("phần 1,250 % của dự báo nhóm: bình quân của ETS, Theta và SES");
		assertThat(MethodText.of("Pro rata from 3 months").text()).isEqualTo("quy năm từ 3 tháng theo tỷ lệ thời gian");
		assertThat(MethodText.of("Croston SBA (intermittent)").family()).isEqualTo("Croston-SBA");
		assertThat(MethodText.of("Mean of 2 months").text()).isEqualTo("trung bình 2 tháng");
		assertThat(MethodText.of("No items in the history").family()).isEqualTo("không có bưu gửi");
		assertThat(MethodText.of("Something new").text()).isEqualTo("Something new");
	}

	@Test
	void whatTheStandardMethodSaysIsKnown() {
		long[][] series = { { 5, 0, 0, 0, 3, 0, 0, 0, 0, 4, 0, 0 }, { 1, 2 },
				{ 10, 12, 11, 13, 12, 14, 13, 15, 14, 16, 15, 17, 16, 18, 100, 19, 18, 20 } };
		for (long[] counts : series) {
			String method = Forecasters.standard().forecast(counts, 12).method();
			assertThat(MethodText.of(method).text()).as(method).isNotEqualTo(method);
		}
	}

}
