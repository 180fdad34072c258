package vn.kt1.batch.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.ProcessBuilder.Redirect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wall times of commands, each run several times in turns (one run of each, then again), so
 * a machine busy with something else slows all of them alike. The first command is the
 * reference the others are compared with.
 */
final class StartTimes {

	private final Map<String, List<String>> commands = new LinkedHashMap<>();

	private final Map<String, List<Long>> millis = new LinkedHashMap<>();

	/** Adds a command to measure under this label. */
	StartTimes add(String label, List<String> command) {
		this.commands.put(label, command);
		this.millis.put(label, new ArrayList<>());
		return this;
	}

	/**
	 * Runs every command {@code runs} times, in turns; a command that ends with another exit
	 * code than 0 stops the measurement.
	 */
	StartTimes measure(int runs) throws IOException, InterruptedException {
		for (int run = 0; run < runs; run++) {
			for (Map.Entry<String, List<String>> command : this.commands.entrySet()) {
				long start = System.nanoTime();
				Process process = new ProcessBuilder(command.getValue()).redirectOutput(Redirect.DISCARD)
					.redirectError(Redirect.DISCARD)
					.start();
				int exitCode = process.waitFor();
				long elapsed = (System.nanoTime() - start) / 1_000_000;
				if (exitCode != 0) {
					throw new IllegalStateException(command.getKey() + " ended with exit code " + exitCode);
				}
				this.millis.get(command.getKey()).add(elapsed);
			}
		}
		return this;
	}

	/** @return the median of a command's times in milliseconds (of an even count: the mean of the middle two) */
	long median(String label) {
		return median(this.millis.get(label));
	}

	static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	/** Prints each command's median and its ratio to the first command's median. */
	void print(PrintWriter out) {
		String reference = this.commands.keySet().iterator().next();
		int width = this.commands.keySet().stream().mapToInt(String::length).max().orElse(0);
		for (String label : this.commands.keySet()) {
			out.printf("%-" + width + "s  %,7d ms  %5.1f x%n", label, median(label),
					(double) median(label) / median(reference));
		}
	}

}
