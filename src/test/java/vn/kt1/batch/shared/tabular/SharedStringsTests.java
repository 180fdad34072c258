package vn.kt1.batch.shared.tabular;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLStreamException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The shared-strings table as Excel writes it: plain, rich and phonetic runs, any number of strings. */
class SharedStringsTests {

	private static final String SST = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
			+ "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"9\" uniqueCount=\"5\">";

	@Test
	void plainRichAndEmptyStringsKeepTheirIndexes() throws Exception {
		SharedStrings strings = read("<si><t>Mã bưu gửi</t></si>"
				+ "<si><r><rPr><b/></rPr><t>Bưu cục </t></r><r><t xml:space=\"preserve\">Hà Nội</t></r></si>"
				+ "<si><t/></si><si><t>A &amp; B &lt;1&gt; &#7871;</t></si>"
				+ "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si>");

		assertThat(strings.size()).isEqualTo(5);
		assertThat(strings.get(0)).isEqualTo("Mã bưu gửi");
		assertThat(strings.get(1)).isEqualTo("Bưu cục Hà Nội");
		assertThat(strings.get(2)).isEmpty();
		assertThat(strings.get(3)).isEqualTo("A & B <1> ế");
		assertThat(strings.get(4)).isEqualTo("東京");
		assertThat(strings.tooLong(1)).isFalse();
	}

	@Test
	void manyStringsOverSeveralPagesReadBackEach() throws Exception {
		StringBuilder xml = new StringBuilder();
		for (int i = 0; i < 200_000; i++) {
			xml.append("<si><t>KT").append(i).append("VN đơn vị ").append("x".repeat(i % 50)).append("</t></si>");
		}

		SharedStrings strings = read(xml.toString());

		assertThat(strings.size()).isEqualTo(200_000);
		assertThat(strings.get(0)).isEqualTo("KT0VN đơn vị ");
		assertThat(strings.get(123_456)).isEqualTo("KT123456VN đơn vị " + "x".repeat(6));
		assertThat(strings.get(199_999)).isEqualTo("KT199999VN đơn vị " + "x".repeat(49));
	}

	@Test
	void aTextLongerThanACellIsKeptCutWithItsLength() throws Exception {
		SharedStrings strings = read("<si><t>" + "ư".repeat(50_000) + "</t></si><si><t>next</t></si>");

		assertThat(strings.tooLong(0)).isTrue();
		assertThat(strings.get(0)).hasSizeLessThanOrEqualTo(32_767).startsWith("ưưư").endsWith("[cắt bớt: 50,000 ký tự]");
		assertThat(strings.get(1)).isEqualTo("next");
		assertThat(strings.tooLong(1)).isFalse();
	}

	@Test
	void anIndexOutsideTheTableIsRefused() throws Exception {
		SharedStrings strings = read("<si><t>a</t></si>");

		assertThatExceptionOfType(IndexOutOfBoundsException.class).isThrownBy(() -> strings.get(1));
		assertThatExceptionOfType(IndexOutOfBoundsException.class).isThrownBy(() -> strings.get(-1));
	}

	@Test
	void aDoctypeIsRefused() {
		String xml = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<sst><si><t>&x;</t></si></sst>";

		assertThatExceptionOfType(XMLStreamException.class)
			.isThrownBy(() -> SharedStrings.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
			.withMessageContaining("DOCTYPE");
	}

	private static SharedStrings read(String items) throws XMLStreamException {
		return SharedStrings.read(new ByteArrayInputStream((SST + items + "</sst>").getBytes(StandardCharsets.UTF_8)));
	}

}
