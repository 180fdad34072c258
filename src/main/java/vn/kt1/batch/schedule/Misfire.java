package vn.kt1.batch.schedule;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;

/**
 * What a trigger does about the fire times it missed while no scheduler ran (or while it
 * was paused), once one runs again: Quartz's misfire instruction, always explicit.
 */
enum Misfire {

	/** Fire once at once for all the missed times, then keep to the schedule. */
	FIRE_ONCE_NOW(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW),

	/** Skip the missed times; wait for the next regular one. */
	DO_NOTHING(CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING);

	private final int instruction;

	Misfire(int instruction) {
		this.instruction = instruction;
	}

	static Optional<Misfire> of(String name) {
		return Arrays.stream(values()).filter((misfire) -> misfire.name().equals(name.trim())).findFirst();
	}

	static Optional<Misfire> ofInstruction(int instruction) {
		return Arrays.stream(values()).filter((misfire) -> misfire.instruction == instruction).findFirst();
	}

	static String names() {
		return Arrays.stream(values()).map(Misfire::name).collect(Collectors.joining(", "));
	}

	int instruction() {
		return this.instruction;
	}

	CronScheduleBuilder applyTo(CronScheduleBuilder schedule) {
		return (this == FIRE_ONCE_NOW) ? schedule.withMisfireHandlingInstructionFireAndProceed()
				: schedule.withMisfireHandlingInstructionDoNothing();
	}

}
