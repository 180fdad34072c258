package vn.kt1.batch.estimate;

import org.junit.jupiter.api.Test;

import vn.kt1.batch.estimate.forecast.Forecasters;

import static org.assertj.core.api.Assertions.assertThat;

class MethodTextTests {

	@Test
	void everyDescriptionOfTheMethodInVietnamese() {
		String members = "bình quân của 8 mô hình (ETS, Theta, SES, xu thế tắt dần, Theta tối ưu, ARIMA, SES theo quý, "
				+ "Theta theo năm)";
		assertThat(MethodText.of("Mean of ETS, Theta, SES, damped, optimised Theta, ARIMA and aggregates "
				+ "(seasonally adjusted, multiplicative), 2 outlying months capped"))
			.isEqualTo(new MethodText("kết hợp 8 mô hình", members + " (đã khử mùa vụ), chặn 2 tháng bất thường"));
		assertThat(MethodText.of("Mean of ETS, Theta, SES, damped, optimised Theta, ARIMA and aggregates, "
				+ "1 outlying month capped").text()).isEqualTo(members + ", chặn 1 tháng bất thường");
		assertThat(MethodText.of("Share 1.250 % of the group: Mean of ETS, Theta, SES, damped, optimised Theta, "
				+ "ARIMA and aggregates").text()).isEqualTo("phần 1,250 % của dự báo nhóm: " + members);
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
