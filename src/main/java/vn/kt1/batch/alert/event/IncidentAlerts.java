package vn.kt1.batch.alert.event;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import vn.kt1.batch.alert.Alert;
import vn.kt1.batch.alert.AlertKind;
import vn.kt1.batch.alert.Letter;
import vn.kt1.batch.alert.Outbox;
import vn.kt1.batch.incident.IncidentKind;
import vn.kt1.batch.incident.IncidentsRecorded;
import vn.kt1.batch.shared.code.Secrecy;

/**
 * Incidents of grade A (Tuyệt mật) or B (Tối mật) new in the register: the dispatches ask
 * for them to reach the provincial People's Committee through the Department of Science and
 * Technology at once. One message to {@code checks} per import that adds any (told as soon
 * as the import commits, whether from the inbox or {@code kt1 incidents import}), each
 * incident told once (event {@code incident:ID}); {@code kt1 serve}'s poll tells those a
 * process that stopped right after its import never told.
 */
@Component
class IncidentAlerts {

	private final Outbox outbox;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate separately;

	IncidentAlerts(Outbox outbox, JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactionManager);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** After an import's commit (a refused import added nothing and tells nothing). */
	@TransactionalEventListener
	void recorded(IncidentsRecorded recorded) {
		if (!recorded.severe().isEmpty()) {
			// after commit the import's connection is still bound: the outbox writes in a transaction of its own
			this.separately.executeWithoutResult((status) -> sweep(LocalDateTime.now().minusDays(1)));
		}
	}

	/** @return the message written, when incidents of grade A or B recorded since then were not told yet */
	List<Long> sweep(LocalDateTime since) {
		List<Severe> untold = this.jdbc.query("SELECT i.id, i.occurred_at, i.post_office_code, p.name, i.secrecy, "
				+ "i.kind, i.barcode, i.description, i.handling, i.reported_to FROM incident i "
				+ "LEFT JOIN post_office p ON p.code = i.post_office_code "
				+ "WHERE i.secrecy IN ('A', 'B') AND i.recorded_at >= ? ORDER BY i.occurred_at, i.id",
				(rs, n) -> new Severe(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3),
						rs.getString(4), rs.getString(5), IncidentKind.valueOf(rs.getString(6)), rs.getString(7),
						rs.getString(8), rs.getString(9), rs.getString(10)),
				Timestamp.valueOf(since))
			.stream()
			.filter((incident) -> !this.outbox.told(incident.key()))
			.toList();
		if (untold.isEmpty()) {
			return List.of();
		}
		return this.outbox.record(new Alert(AlertKind.SEVERE_INCIDENTS, untold.stream().map(Severe::key).toList(),
				subject(untold), letter(untold), List.of(), List.of())).stream().toList();
	}

	private static String subject(List<Severe> incidents) {
		long gradeA = incidents.stream().filter((incident) -> "A".equals(incident.secrecy())).count();
		return incidents.size() + " sự cố mới với bưu gửi " + ((gradeA > 0) ? "Tuyệt mật" : "Tối mật")
				+ ((gradeA > 0 && gradeA < incidents.size()) ? ", Tối mật" : "") + ": cần báo cáo ngay";
	}

	private static Letter letter(List<Severe> incidents) {
		List<String> items = new ArrayList<>();
		for (Severe incident : incidents) {
			items.add(Texts.time(incident.occurredAt()) + " — " + incident.kind().label() + ", bưu gửi "
					+ Secrecy.label(incident.secrecy()) + " (" + incident.secrecy() + ")"
					+ (incident.barcode().isEmpty() ? "" : " số hiệu " + incident.barcode()) + " — bưu cục "
					+ incident.postOffice() + ": " + incident.description() + ". Xử lý: "
					+ Optional.ofNullable(incident.handling()).orElse("chưa ghi") + ". Đã báo: "
					+ Optional.ofNullable(incident.reportedTo()).orElse("chưa ghi") + ".");
		}
		return new Letter()
			.paragraph("Sổ sự cố vừa ghi nhận sự cố với bưu gửi có độ mật A (Tuyệt mật) hoặc B (Tối mật):")
			.items(items)
			.paragraph("Theo các văn bản chỉ đạo, sự cố và tình huống bất thường đối với bưu gửi KT1 phải được báo cáo "
					+ "kịp thời cho Ủy ban nhân dân tỉnh qua Sở Khoa học và Công nghệ.")
			.verbatim(List.of("./kt1 incidents --from " + incidents.get(0).occurredAt().toLocalDate()));
	}

	private record Severe(long id, LocalDateTime occurredAt, String postOfficeCode, String postOfficeName,
			String secrecy, IncidentKind kind, String barcode, String description, String handling,
			String reportedTo) {

		String key() {
			return "incident:" + this.id;
		}

		String postOffice() {
			return this.postOfficeCode + ((this.postOfficeName != null) ? " " + this.postOfficeName : "");
		}

	}

}
