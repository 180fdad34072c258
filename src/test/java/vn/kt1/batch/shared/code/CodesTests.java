package vn.kt1.batch.shared.code;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.kt1.batch.ingest.Vocabulary;
import vn.kt1.batch.shared.tabular.FieldParsers;

import static org.assertj.core.api.Assertions.assertThat;

class CodesTests {

	@Test
	void everyCodeHasOneVietnameseNameAndAnUnknownCodeIsShownAsItIs() {
		assertThat(Urgency.label("HT")).isEqualTo("Hỏa tốc");
		assertThat(Urgency.label("KT1")).isEqualTo("Thường");
		assertThat(Secrecy.label("")).isEqualTo("Không mật");
		assertThat(Secrecy.label("A")).isEqualTo("Tuyệt mật");
		assertThat(Zone.label("LIEN_TINH")).isEqualTo("Liên tỉnh");
		assertThat(ItemType.label("KIEN")).isEqualTo("Kiện");
		assertThat(AgencyLevel.label("DAC_BIET")).isEqualTo("Đặc khu");
		assertThat(AgencyCategory.label("MTTQ")).isEqualTo("Mặt trận Tổ quốc và các đoàn thể");
		assertThat(ItemStatus.label("THAT_LAC")).isEqualTo("Thất lạc");
		// a province's list may use a category of its own: shown as written
		assertThat(AgencyCategory.label("HOI_NONG_DAN")).isEqualTo("HOI_NONG_DAN");
		assertThat(AgencyLevel.label(null)).isNull();
	}

	@Test
	void aColumnOfCategoriesIsAsWideAsTheLongestName() {
		// "Ủy ban nhân dân và cơ quan chuyên môn"
		assertThat(Codes.longestLabel(AgencyCategory.class)).isEqualTo(37);
		assertThat(Codes.longestLabel(Zone.class)).isEqualTo(9);
	}

	@Test
	void theFilesWriteNoSecrecyAsBlank() {
		assertThat(Secrecy.NONE.code()).isEmpty();
		assertThat(Secrecy.C.code()).isEqualTo("C");
		assertThat(Codes.codes(Secrecy.class)).containsExactly("", "C", "B", "A");
	}

	@Test
	void tablesListTheCodesInTheirOrderThenOthersInTheOrderMet() {
		assertThat(Codes.codes(AgencyLevel.class)).containsExactly("TINH", "KHU_VUC", "XA", "DAC_BIET");
		assertThat(Codes.ordered(AgencyLevel.class, List.of("XA", "KHAC", "TINH", "BAN")))
			.containsExactly("TINH", "KHU_VUC", "XA", "DAC_BIET", "KHAC", "BAN");
		assertThat(Codes.rank(Urgency.class, "HG")).isEqualTo(2);
		assertThat(Codes.rank(Urgency.class, "XX")).isEqualTo(3);
		assertThat(Codes.orderBy("zone", Zone.class))
			.isEqualTo("FIELD(zone, 'NOI_TINH', 'LIEN_TINH') = 0, FIELD(zone, 'NOI_TINH', 'LIEN_TINH')");
	}

	@Test
	void theNameAReportShowsIsAcceptedInAnInputFileForTheSameCode() {
		assertNamesRead(Urgency.class, Vocabulary.URGENCY);
		assertNamesRead(ItemType.class, Vocabulary.ITEM_TYPE);
		assertNamesRead(ItemStatus.class, Vocabulary.STATUS);
		for (Secrecy secrecy : List.of(Secrecy.C, Secrecy.B, Secrecy.A)) {
			assertThat(FieldParsers.enumCode(secrecy.label(), Vocabulary.SECRECY)).isEqualTo(secrecy.code());
		}
	}

	private static <E extends Enum<E> & Code> void assertNamesRead(Class<E> kind, Map<String, String> vocabulary) {
		for (E constant : kind.getEnumConstants()) {
			assertThat(FieldParsers.enumCode(constant.label(), vocabulary)).as(constant.label()).isEqualTo(constant.code());
			assertThat(FieldParsers.enumCode(constant.code(), vocabulary)).isEqualTo(constant.code());
		}
	}

}
