package vn.kt1.batch.alert;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/** The message of {@code kt1 alerts test}. */
final class TestMessage {

	private TestMessage() {
	}

	static Alert to(String address, UUID id) {
		String now = LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy"));
		Letter letter = new Letter()
			.paragraph("Đây là thư thử của kt1-batch, gửi lúc " + now + " theo lệnh kt1 alerts test.")
			.paragraph("Nếu bạn nhận được thư này, máy chủ thư (spring.mail.*) đã được cấu hình đúng: "
					+ "các cảnh báo, nhắc hạn, dự toán và báo cáo sẽ được gửi đến người nhận của từng chủ đề "
					+ "(kt1.alerts.recipients.*).");
		return new Alert(AlertKind.TEST, List.of("test:" + id), "Thư thử: cảnh báo qua thư điện tử hoạt động",
				letter, List.of(), List.of(address));
	}

}
