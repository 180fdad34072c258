package vn.kt1.batch.alert;

/** What an alert tells of, and so its topic. */
public enum AlertKind {

	JOB_FAILED(Topic.FAILURES),

	REFUSED_FILES(Topic.FAILURES),

	DATA_CHECKS(Topic.CHECKS),

	SILENT_POST_OFFICES(Topic.CHECKS),

	SEVERE_INCIDENTS(Topic.CHECKS),

	DEADLINE_REMINDER(Topic.DEADLINES),

	DEADLINE_OVERDUE(Topic.DEADLINES),

	ESTIMATE(Topic.ESTIMATES),

	YEAR_END_REPORT(Topic.REPORTS),

	DIGEST(Topic.DIGEST),

	TEST(Topic.TEST);

	private final Topic topic;

	AlertKind(Topic topic) {
		this.topic = topic;
	}

	public Topic topic() {
		return this.topic;
	}

}
