package vn.kt1.batch.reconcile.quality;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.kt1.batch.shared.datafile.DataFileException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DeliveryNormsFileTests {

	private static final String HEADER = "valid_from,valid_to,scope,urgency,secrecy,working_days\n";

	@Test
	void readsPeriodsAndDays() {
		List<DeliveryNorm> norms = read(HEADER + "2017-01-01,2025-12-31,NOI_TINH,KT1,ALL,1.5\n"
				+ "2026-01-01,,NOI_TINH,KT1,ALL,1\n");
		assertThat(norms).hasSize(2);
		assertThat(norms.get(0).validTo()).hasToString("2025-12-31");
		assertThat(norms.get(1).validTo()).isNull();
		assertThat(norms.get(1).workingDays()).isEqualByComparingTo("1");
	}

	@Test
	void errorsNameFileLineAndField() {
		assertError("2017-01-01,,NOI_TINH,KT1,ALL,1.25\n",
				"norms.csv, line 2, field working_days: '1.25' is not a positive number of whole or half working days"
						+ " (1, 1.5, 2.5, ...)");
		assertError("2017-01-01,,NOI_TINH,KT1,ALL,một rưỡi\n",
				"norms.csv, line 2, field working_days: 'một rưỡi' is not a number of working days such as 1.5");
		assertError("2017-01-01,,NOI_TINH,KT1,ALL,0\n",
				"norms.csv, line 2, field working_days: '0' is not a positive number of whole or half working days"
						+ " (1, 1.5, 2.5, ...)");
		assertError("01/01/2017,,NOI_TINH,KT1,ALL,1\n",
				"norms.csv, line 2, field valid_from: '01/01/2017' is not a date yyyy-MM-dd");
		assertError("2017-01-01,2016-12-31,NOI_TINH,KT1,ALL,1\n",
				"norms.csv, line 2, field valid_to: 2016-12-31 is before valid_from 2017-01-01");
		assertError("2017-01-01,,QUOC_TE,KT1,ALL,1\n",
				"norms.csv, line 2, field scope: 'QUOC_TE' is not one of LIEN_TINH, NOI_TINH");
		assertError("2017-01-01,,NOI_TINH,HG,ALL,1\n",
				"norms.csv, line 2, field urgency: HG (Hẹn giờ) has no norm:"
						+ " its deadline is the time agreed with the sender");
		assertError("2017-01-01,,NOI_TINH,KT1,A,1\n",
				"norms.csv, line 2, field secrecy: must be ALL: the norms are the same with or without secrecy");
	}

	@Test
	void twoNormsValidOnTheSameDay() {
		assertError("2017-01-01,,NOI_TINH,KT1,ALL,1.5\n2017-01-01,,NOI_TINH,HT,ALL,1\n"
				+ "2026-01-01,,NOI_TINH,KT1,ALL,1\n",
				"norms.csv, line 4, field valid_from: NOI_TINH KT1 is already valid in this period on line 2");
		assertError("2026-01-01,2026-06-30,NOI_TINH,KT1,ALL,1\n2017-01-01,2026-01-01,NOI_TINH,KT1,ALL,1.5\n",
				"norms.csv, line 3, field valid_from: NOI_TINH KT1 is already valid in this period on line 2");
		assertThat(read(HEADER + "2026-01-01,2026-06-30,NOI_TINH,KT1,ALL,1\n"
				+ "2017-01-01,2025-12-31,NOI_TINH,KT1,ALL,1.5\n")).hasSize(2);
	}

	@Test
	void anEmptyFile() {
		assertThatExceptionOfType(DataFileException.class).isThrownBy(() -> read(HEADER))
			.withMessage("norms.csv: lists no norms");
	}

	private static void assertError(String rows, String message) {
		assertThatExceptionOfType(DataFileException.class).isThrownBy(() -> read(HEADER + rows)).withMessage(message);
	}

	private static List<DeliveryNorm> read(String text) {
		return DeliveryNormsFile.read("norms.csv", new StringReader(text));
	}

}
