package vn.kt1.batch.schedule;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.quartz.CronExpression;

/**
 * The regular fire time a run belongs to: the latest time at or before the moment it fired
 * that the cron expression names. A run fired on time belongs to its own fire time; a run
 * fired late (a misfire fired once now, or {@code kt1 trigger}) belongs to the last fire
 * time it stands for, so it gets that run's parameters, not the wall clock's.
 */
final class CronFireTimes {

	/** Look-back windows, small first so frequent expressions need few steps. */
	private static final List<Duration> WINDOWS = List.of(Duration.ofMinutes(1), Duration.ofHours(1),
			Duration.ofDays(1), Duration.ofDays(32), Duration.ofDays(367), Duration.ofDays(4 * 366 + 1));

	private CronFireTimes() {
	}

	/**
	 * @param cron a valid Quartz cron expression
	 * @param zone its time zone
	 * @param firedAt when the run fired
	 * @return the latest fire time at or before {@code firedAt}; {@code firedAt} itself if
	 * the expression names none in the last four years
	 */
	static Instant latestAtOrBefore(String cron, ZoneId zone, Instant firedAt) {
		CronExpression expression = expression(cron, zone);
		Date limit = Date.from(firedAt);
		for (Duration window : WINDOWS) {
			Date time = expression.getNextValidTimeAfter(Date.from(firedAt.minus(window)));
			if (time != null && !time.after(limit)) {
				for (Date next = expression.getNextValidTimeAfter(time); next != null
						&& !next.after(limit); next = expression.getNextValidTimeAfter(next)) {
					time = next;
				}
				return time.toInstant();
			}
		}
		return firedAt;
	}

	private static CronExpression expression(String cron, ZoneId zone) {
		try {
			CronExpression expression = new CronExpression(cron);
			expression.setTimeZone(TimeZone.getTimeZone(zone));
			return expression;
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("malformed cron '" + cron + "': " + ex.getMessage(), ex);
		}
	}

}
