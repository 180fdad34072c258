package vn.kt1.batch.shared.tabular;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderNamesTests {

	@Test
	void codesAndVietnameseLabelsNormaliseAlike() {
		assertThat(HeaderNames.normalize("ma_buu_gui")).isEqualTo("mabuugui");
		assertThat(HeaderNames.normalize("Mã bưu gửi")).isEqualTo("mabuugui");
		assertThat(HeaderNames.normalize("MA BUU GUI")).isEqualTo("mabuugui");
		assertThat(HeaderNames.normalize("Mã Bưu Gửi (*)")).isEqualTo("mabuugui");
		assertThat(HeaderNames.normalize("Mã đơn vị")).isEqualTo(HeaderNames.normalize("MA DON VI"));
		assertThat(HeaderNames.normalize(Normalizer.normalize("Khối lượng (g)", Normalizer.Form.NFD)))
			.isEqualTo("khoiluongg");
	}

}
