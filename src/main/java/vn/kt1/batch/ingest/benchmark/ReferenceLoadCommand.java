package vn.kt1.batch.ingest.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.ingest.InputKind;
import vn.kt1.batch.ingest.throughput.CanonicalThroughput;
import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.cli.CliException;

/**
 * {@code kt1 benchmark-load-reference}: the reference of the national run, measured on the
 * database the run uses. The throughput rows waiting in the inbox are written as one
 * canonical CSV (not timed) and loaded with {@code LOAD DATA LOCAL INFILE} into a scratch
 * table like {@code item_event}, dropped after; prints the load's time and rows/s, and the
 * rows of each month of acceptance (a month's share of the load). Run it before the ingest,
 * which moves the files out of the inbox.
 */
@Component
@Command(name = "benchmark-load-reference", mixinStandardHelpOptions = true,
		description = "The server's own bulk-load time of the inbox's throughput rows: one canonical CSV loaded "
				+ "with LOAD DATA LOCAL INFILE into a scratch table like item_event (run it before the ingest).")
class ReferenceLoadCommand implements CliCommand, Callable<Integer> {

	private final JdbcTemplate jdbc;

	private final IngestProperties properties;

	private final CanonicalThroughput canonical;

	@Spec
	private CommandSpec spec;

	@Option(names = "--inbox", paramLabel = "DIR",
			description = "The inbox whose throughput folder is read (default kt1.ingest.inbox)")
	private Path inbox;

	@Option(names = "--rounds", defaultValue = "1",
			description = "Loads of the same file; the median is printed (default ${DEFAULT-VALUE})")
	private int rounds;

	@Option(names = "--figures", paramLabel = "FILE",
			description = "Also write the figures for scripts: lines 'rows N', 'seconds S', 'month YYYY-MM N'")
	private Path figures;

	@Option(names = "--keep-csv", description = "Keep the canonical CSV (default: deleted after the load)")
	private boolean keepCsv;

	ReferenceLoadCommand(JdbcTemplate jdbc, IngestProperties properties, CanonicalThroughput canonical) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.canonical = canonical;
	}

	@Override
	public Integer call() throws Exception {
		Path folder = ((this.inbox != null) ? this.inbox : this.properties.inbox()).resolve(InputKind.THROUGHPUT.folder());
		List<Path> files = files(folder);
		if (files.isEmpty()) {
			throw new CliException("no throughput files in " + folder + ": measure the reference before the ingest");
		}
		PrintWriter out = this.spec.commandLine().getOut();
		out.println(HeapPeak.machine());
		Path csv = Files.createDirectories(this.properties.inbox().resolveSibling("benchmark"))
			.resolve("reference-throughput.csv");
		Map<YearMonth, Long> months = new TreeMap<>();
		long start = System.nanoTime();
		int read = write(files, csv, months);
		out.printf(Locale.ROOT, "canonical CSV: %,d rows of %,d files (%,d not readable) in %.1f s, %,d MB (not timed)%n",
				months.values().stream().mapToLong(Long::longValue).sum(), read, files.size() - read,
				(System.nanoTime() - start) / 1e9, Files.size(csv) >> 20);
		LoadDataReference loadData = new LoadDataReference(this.jdbc);
		List<LoadDataReference.Load> loads = new ArrayList<>();
		try {
			for (int round = 1; round <= this.rounds; round++) {
				loads.add(loadData.likeItemEvent(csv));
				out.printf(Locale.ROOT, "round %d: LOAD DATA %.2f s%n", round, loads.get(round - 1).seconds());
			}
		}
		finally {
			if (!this.keepCsv) {
				Files.delete(csv);
			}
		}
		LoadDataReference.Load load = loads.stream().sorted(Comparator.comparingDouble(LoadDataReference.Load::seconds))
			.toList().get(loads.size() / 2);
		out.printf(Locale.ROOT, "LOAD DATA LOCAL INFILE into a table like item_event: %,d rows in %.2f s = %,.0f rows/s%n",
				load.rows(), load.seconds(), load.rows() / load.seconds());
		months.forEach((month, rows) -> out.printf(Locale.ROOT, "  %s %,11d rows accepted, its share of the load %6.2f s%n",
				month, rows, load.seconds() * rows / load.rows()));
		if (this.figures != null) {
			writeFigures(load, months);
		}
		return 0;
	}

	private static List<Path> files(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile)
				.filter((file) -> !file.getFileName().toString().startsWith("."))
				.sorted()
				.toList();
		}
	}

	/** @return how many files could be read */
	private int write(List<Path> files, Path csv, Map<YearMonth, Long> months) throws IOException {
		int read = 0;
		try (Writer writer = new BufferedWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8), 1 << 20)) {
			CanonicalThroughput.header(writer);
			for (Path file : files) {
				read += this.canonical.append(file, writer, months) ? 1 : 0;
			}
		}
		return read;
	}

	private void writeFigures(LoadDataReference.Load load, Map<YearMonth, Long> months) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add("rows " + load.rows());
		lines.add(String.format(Locale.ROOT, "seconds %.3f", load.seconds()));
		months.forEach((month, rows) -> lines.add("month " + month + " " + rows));
		Files.write(this.figures, lines, StandardCharsets.UTF_8);
	}

}
