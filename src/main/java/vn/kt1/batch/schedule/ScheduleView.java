package vn.kt1.batch.schedule;

import java.util.Date;

/**
 * A schedule as the Quartz tables hold it now.
 *
 * @param schedule the schedule
 * @param nextFire its trigger's next fire time, {@code null} when none
 * @param state the trigger's state: {@code NORMAL}, {@code PAUSED}, {@code BLOCKED} (its
 * job is running), {@code ERROR}, {@code COMPLETE}
 */
record ScheduleView(Schedule schedule, Date nextFire, String state) {

}
