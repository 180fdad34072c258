package vn.kt1.batch.admin;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes old job history: the Spring Batch executions that ended before a date (with their
 * step executions, contexts and parameters, then the job instances left without any
 * execution), the heartbeat rows of processes gone since before it, and the cluster
 * check-in rows of Quartz instances gone since before it. Kept always: every execution of
 * an instance whose last execution did not end {@code COMPLETED} or {@code ABANDONED}
 * (a restart needs them: they record which steps already completed), executions still
 * running, Quartz's fired triggers (in-flight state its cluster recovery needs, not
 * history), {@code admin_audit} and all business tables.
 */
@Component
public class HistoryPurge {

	private static final int CHUNK = 500;

	private static final Set<String> FINISHED = Set.of("COMPLETED", "ABANDONED");

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	HistoryPurge(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * @param before the first day whose history is kept (from 00:00 of the JVM's time zone,
	 * the one Spring Batch records times in)
	 * @param delete {@code false} to count only
	 * @return rows per table, in the order they are deleted
	 */
	public PurgeResult purge(LocalDate before, boolean delete) {
		LocalDateTime cutoff = before.atStartOfDay();
		long cutoffMillis = before.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
		Selection selection = select(cutoff);
		Map<String, Integer> counts = new LinkedHashMap<>();
		this.transaction.executeWithoutResult((status) -> {
			run(counts, delete, "BATCH_STEP_EXECUTION_CONTEXT", "STEP_EXECUTION_ID", selection.steps);
			run(counts, delete, "BATCH_STEP_EXECUTION", "STEP_EXECUTION_ID", selection.steps);
			run(counts, delete, "BATCH_JOB_EXECUTION_CONTEXT", "JOB_EXECUTION_ID", selection.executions);
			run(counts, delete, "BATCH_JOB_EXECUTION_PARAMS", "JOB_EXECUTION_ID", selection.executions);
			run(counts, delete, "job_execution_owner", "job_execution_id", selection.executions);
			run(counts, delete, "BATCH_JOB_EXECUTION", "JOB_EXECUTION_ID", selection.executions);
			run(counts, delete, "BATCH_JOB_INSTANCE", "JOB_INSTANCE_ID", selection.instances);
			counts.put("kt1_process", rows(delete, "kt1_process", "WHERE t.heartbeat_at < ? AND NOT EXISTS "
					+ "(SELECT 1 FROM job_execution_owner o WHERE o.process_id = t.id)", Timestamp.valueOf(cutoff)));
			counts.put("QRTZ_SCHEDULER_STATE", rows(delete, "QRTZ_SCHEDULER_STATE", "WHERE t.LAST_CHECKIN_TIME < ? "
					+ "AND NOT EXISTS (SELECT 1 FROM QRTZ_FIRED_TRIGGERS f WHERE f.SCHED_NAME = t.SCHED_NAME "
					+ "AND f.INSTANCE_NAME = t.INSTANCE_NAME)", cutoffMillis));
		});
		return new PurgeResult(counts, selection.keptInstances);
	}

	private Selection select(LocalDateTime cutoff) {
		Map<Long, List<Run>> byInstance = new HashMap<>();
		this.jdbc.query("SELECT JOB_INSTANCE_ID, JOB_EXECUTION_ID, STATUS, END_TIME FROM BATCH_JOB_EXECUTION", (rs) -> {
			Timestamp end = rs.getTimestamp(4);
			byInstance.computeIfAbsent(rs.getLong(1), (instance) -> new ArrayList<>())
				.add(new Run(rs.getLong(2), rs.getString(3), end != null && end.toLocalDateTime().isBefore(cutoff)));
		});
		Selection selection = new Selection();
		byInstance.forEach((instance, runs) -> {
			Run last = runs.stream().max(Comparator.comparingLong(Run::execution)).orElseThrow();
			List<Long> old = runs.stream().filter(Run::old).map(Run::execution).toList();
			if (!FINISHED.contains(last.status())) {
				selection.keptInstances += old.isEmpty() ? 0 : 1;
				return;
			}
			selection.executions.addAll(old);
			if (old.size() == runs.size()) {
				selection.instances.add(instance);
			}
		});
		selection.steps.addAll(inChunks(selection.executions, (ids) -> this.jdbc.queryForList(
				"SELECT STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID IN (" + ids + ")",
				Long.class)));
		return selection;
	}

	private void run(Map<String, Integer> counts, boolean delete, String table, String column, Set<Long> ids) {
		List<Integer> chunks = inChunks(ids,
				(list) -> List.of(rows(delete, table, "WHERE t." + column + " IN (" + list + ")")));
		counts.put(table, chunks.stream().mapToInt(Integer::intValue).sum());
	}

	/** Count or delete the rows of a table (alias {@code t}) that match the condition. */
	private int rows(boolean delete, String table, String where, Object... arguments) {
		if (delete) {
			return this.jdbc.update("DELETE t FROM " + table + " t " + where, arguments);
		}
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " t " + where, Integer.class, arguments);
	}

	private static <T> List<T> inChunks(Collection<Long> ids, Function<String, List<T>> query) {
		List<Long> all = new ArrayList<>(ids);
		List<T> results = new ArrayList<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			results.addAll(query.apply(all.subList(from, Math.min(all.size(), from + CHUNK))
				.stream()
				.map(String::valueOf)
				.collect(Collectors.joining(","))));
		}
		return results;
	}

	private record Run(long execution, String status, boolean old) {
	}

	/** What the purge takes: execution, step and instance ids. */
	private static final class Selection {

		private final Set<Long> executions = new TreeSet<>();

		private final Set<Long> steps = new TreeSet<>();

		private final Set<Long> instances = new TreeSet<>();

		private int keptInstances;

	}

}
