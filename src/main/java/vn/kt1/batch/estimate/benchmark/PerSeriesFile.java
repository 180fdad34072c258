package vn.kt1.batch.estimate.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * Writes every case's forecasts, one line per series and method, {@code series,method,f1..fh}
 * (values as Java prints doubles, in full), so that anyone can score them with any measure.
 */
final class PerSeriesFile {

	private PerSeriesFile() {
	}

	static void write(Path file, List<BenchmarkCase> cases, List<Map<String, double[]>> forecasts, int horizon)
			throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Path partial = Files.createTempFile(parent, file.getFileName().toString(), ".part");
		try {
			writeLines(partial, cases, forecasts, horizon);
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	private static void writeLines(Path partial, List<BenchmarkCase> cases, List<Map<String, double[]>> forecasts,
			int horizon) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
			out.write("series,method");
			for (int h = 1; h <= horizon; h++) {
				out.write(",f" + h);
			}
			out.newLine();
			for (int i = 0; i < cases.size(); i++) {
				for (Map.Entry<String, double[]> method : forecasts.get(i).entrySet()) {
					out.write(cases.get(i).id() + "," + quoted(method.getKey()));
					for (double value : method.getValue()) {
						out.write("," + value);
					}
					out.newLine();
				}
			}
		}
	}

	private static String quoted(String text) {
		return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

}
