package vn.kt1.batch.ingest.benchmark;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.reference.ReferenceImport;
import vn.kt1.batch.reference.ReferenceImportService;
import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.cli.CliException;
import vn.kt1.batch.shared.tabular.XlsxReference;

/**
 * {@code kt1 benchmark-ingest}: loads a generated throughput CSV with {@code ingestJob} and
 * the same file with MariaDB's own {@code LOAD DATA LOCAL INFILE} into a table of the same
 * shape, and prints both rates, their ratio and the peak heap; then the same for an XLSX
 * file. Each measurement runs several rounds into empty tables and the median counts. Runs
 * only on a database without items (a fresh schema), which it then uses as its own.
 */
@Component
@Command(name = "benchmark-ingest", mixinStandardHelpOptions = true,
		description = "Ingest speed against MariaDB's LOAD DATA LOCAL INFILE (needs an empty database: "
				+ "run it with KT1_DATA_DIR=target/benchmark).")
class IngestBenchmarkCommand implements CliCommand, Callable<Integer> {

	private final JdbcTemplate jdbc;

	private final JobOperator jobOperator;

	private final Job ingestJob;

	private final IngestProperties properties;

	private final ReferenceImportService reference;

	@Spec
	private CommandSpec spec;

	@Option(names = "--rows", defaultValue = "1000000", description = "CSV rows (default ${DEFAULT-VALUE})")
	private int rows;

	@Option(names = "--xlsx-rows", defaultValue = "200000",
			description = "Rows of each XLSX workbook, 0 for none (default ${DEFAULT-VALUE})")
	private int xlsxRows;

	@Option(names = "--inline-only", description = "No workbook of shared strings: POI's writer holds its whole "
			+ "table, which for much more than 200,000 rows does not fit in -Xmx256m")
	private boolean inlineOnly;

	@Option(names = "--rounds", defaultValue = "3",
			description = "Rounds of each measurement; the median is printed (default ${DEFAULT-VALUE})")
	private int rounds;

	@Option(names = "--reference", defaultValue = "config/reference/dong-thap-82",
			description = "Reference lists to import when none are loaded (default ${DEFAULT-VALUE})")
	private Path referenceDir;

	IngestBenchmarkCommand(JdbcTemplate jdbc, JobOperator jobOperator, @Qualifier("ingestJob") Job ingestJob,
			IngestProperties properties, ReferenceImportService reference) {
		this.jdbc = jdbc;
		this.jobOperator = jobOperator;
		this.ingestJob = ingestJob;
		this.properties = properties;
		this.reference = reference;
	}

	@Override
	public Integer call() throws Exception {
		if (this.jdbc.queryForObject("SELECT COUNT(*) FROM item_event", Long.class) > 0) {
			throw new CliException("the database already holds items; run the benchmark on a fresh one, "
					+ "e.g. KT1_DATA_DIR=target/benchmark ./kt1 benchmark-ingest");
		}
		if (this.jdbc.queryForObject("SELECT COUNT(*) FROM agency", Long.class) == 0) {
			this.reference.importFiles(ReferenceImport.sample(this.referenceDir));
		}
		BenchmarkFiles files = new BenchmarkFiles(this.jdbc.queryForList("SELECT code FROM post_office", String.class),
				this.jdbc.queryForList("SELECT code FROM agency", String.class));
		Path dir = Files.createDirectories(this.properties.inbox().resolveSibling("benchmark"));
		PrintWriter out = this.spec.commandLine().getOut();
		out.println(HeapPeak.machine());
		Path csv = dir.resolve("benchmark-throughput.csv");
		files.writeCsv(csv, this.rows, 10_000_000);
		boolean workbooks = this.xlsxRows > 0;
		Path inline = dir.resolve("benchmark-throughput-inline.xlsx");
		Path shared = dir.resolve("benchmark-throughput-shared.xlsx");
		// the workbooks' rows as CSV: the same rows (same serials, same random draws) as the inline workbook
		Path sameRows = dir.resolve("benchmark-throughput-xlsx-rows.csv");
		if (workbooks) {
			files.writeXlsx(inline, this.xlsxRows, 50_000_000, false);
			if (!this.inlineOnly) {
				files.writeXlsx(shared, this.xlsxRows, 60_000_000, true);
			}
			files.writeCsv(sameRows, this.xlsxRows, 50_000_000);
		}
		LoadDataReference loadData = new LoadDataReference(this.jdbc);
		List<Double> sameTable = new ArrayList<>();
		List<Double> plainTable = new ArrayList<>();
		List<Result> csvRuns = new ArrayList<>();
		List<Result> inlineRuns = new ArrayList<>();
		List<Result> sharedRuns = new ArrayList<>();
		List<Result> sameRowsRuns = new ArrayList<>();
		List<Result> inlineBefore = new ArrayList<>();
		List<Result> sharedBefore = new ArrayList<>();
		for (int round = 1; round <= this.rounds; round++) {
			sameTable.add(loadData.likeItemEvent(csv).seconds());
			plainTable.add(loadData.plainTable(csv).seconds());
			csvRuns.add(ingest(csv, this.rows));
			out.printf(Locale.ROOT, "round %d: LOAD DATA %.2f s (plain table %.2f s), ingest CSV %.2f s", round,
					sameTable.get(round - 1), plainTable.get(round - 1), csvRuns.get(round - 1).seconds());
			if (workbooks) {
				// today's reader and the reader of before take turns at going first (the first load after a
				// large one runs while the server still cleans up after it)
				boolean todayFirst = round % 2 == 1;
				sameRowsRuns.add(ingest(sameRows, this.xlsxRows));
				pair(inline, todayFirst, inlineRuns, inlineBefore);
				if (this.inlineOnly) {
					sharedRuns.add(Result.NONE);
					sharedBefore.add(Result.NONE);
				}
				else {
					pair(shared, !todayFirst, sharedRuns, sharedBefore);
				}
				out.printf(Locale.ROOT, ", XLSX inline strings %.2f s (reader of before %.2f s), XLSX shared strings "
						+ "%.2f s (reader of before %.2f s), CSV of the workbook's rows %.2f s",
						inlineRuns.get(round - 1).seconds(), inlineBefore.get(round - 1).seconds(),
						sharedRuns.get(round - 1).seconds(), sharedBefore.get(round - 1).seconds(),
						sameRowsRuns.get(round - 1).seconds());
			}
			out.println();
		}
		Result csvResult = median(csvRuns);
		print(out, "CSV", this.rows, csvResult);
		double reference = medianOf(sameTable);
		double plain = medianOf(plainTable);
		out.printf(Locale.ROOT, "  LOAD DATA into a table like item_event %7.2f s = %,9.0f rows/s  |  ratio %.2f%n",
				reference, this.rows / reference, reference / csvResult.seconds());
		out.printf(Locale.ROOT, "  LOAD DATA into a plain table of text   %7.2f s = %,9.0f rows/s  |  ratio %.2f%n",
				plain, this.rows / plain, plain / csvResult.seconds());
		if (workbooks) {
			Result csvOfRows = median(sameRowsRuns);
			print(out, "XLSX inline strings", this.xlsxRows, median(inlineRuns));
			if (!this.inlineOnly) {
				print(out, "XLSX shared strings", this.xlsxRows, median(sharedRuns));
			}
			print(out, "XLSX inline, before", this.xlsxRows, median(inlineBefore));
			if (!this.inlineOnly) {
				print(out, "XLSX shared, before", this.xlsxRows, median(sharedBefore));
			}
			print(out, "CSV of those rows", this.xlsxRows, csvOfRows);
			out.printf(Locale.ROOT, "  XLSX against the reader of before (same rounds): inline strings %.2f",
					median(inlineBefore).seconds() / median(inlineRuns).seconds());
			out.printf(Locale.ROOT, this.inlineOnly ? "%n" : ", shared strings %.2f%n",
					median(sharedBefore).seconds() / median(sharedRuns).seconds());
			out.printf(Locale.ROOT, "  XLSX against the CSV of the same rows: inline strings %.2f", csvOfRows.seconds()
					/ median(inlineRuns).seconds());
			out.printf(Locale.ROOT, this.inlineOnly ? "%n" : ", shared strings %.2f%n",
					csvOfRows.seconds() / median(sharedRuns).seconds());
		}
		return 0;
	}

	private static double medianOf(List<Double> seconds) {
		return seconds.stream().sorted().toList().get(seconds.size() / 2);
	}

	private static Result median(List<Result> runs) {
		return runs.stream().sorted(java.util.Comparator.comparingDouble(Result::seconds)).toList().get(runs.size() / 2);
	}

	private void pair(Path workbook, boolean todayFirst, List<Result> today, List<Result> before) throws Exception {
		if (todayFirst) {
			today.add(ingest(workbook, this.xlsxRows));
		}
		before.add(ingestAsBefore(workbook));
		if (!todayFirst) {
			today.add(ingest(workbook, this.xlsxRows));
		}
	}

	/** The workbook read as before 2026-12-07 (the JDK's XML parser, POI's shared strings): the reference. */
	private Result ingestAsBefore(Path workbook) throws Exception {
		XlsxReference.use(true);
		try {
			return ingest(workbook, this.xlsxRows);
		}
		finally {
			XlsxReference.use(false);
		}
	}

	/** Load the file into empty tables (this database holds nothing else: checked at the start). */
	private Result ingest(Path file, int rows) throws Exception {
		this.jdbc.update("DELETE FROM input_reject");
		this.jdbc.update("TRUNCATE TABLE item_event");
		this.jdbc.update("UPDATE input_file SET duplicate_of = NULL");
		this.jdbc.update("DELETE FROM input_file");
		Path inbox = Files.createDirectories(this.properties.inbox().resolve("throughput"));
		Path copy = Files.copy(file, inbox.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
		// a complete file, as one sent the day before: past the inbox's quiet period
		Files.setLastModifiedTime(copy, FileTime.from(Instant.now().minus(this.properties.quietPeriod()).minusSeconds(1)));
		JobExecution execution;
		double seconds;
		long peak;
		try (HeapPeak heap = HeapPeak.start()) {
			long start = System.nanoTime();
			execution = this.jobOperator.start(this.ingestJob, new JobParametersBuilder()
				.addLocalDate("businessDate", LocalDate.now())
				.addLong("benchmarkRun", System.nanoTime())
				.toJobParameters());
			seconds = (System.nanoTime() - start) / 1e9;
			peak = heap.peakBytes();
		}
		long loaded = this.jdbc.queryForObject("SELECT COUNT(*) FROM item_event", Long.class);
		if (execution.getStatus() != BatchStatus.COMPLETED || loaded != rows) {
			throw new CliException("ingestJob ended " + execution.getStatus() + " with " + loaded + " of " + rows
					+ " rows loaded: " + execution.getExitStatus().getExitDescription());
		}
		return new Result(seconds, peak);
	}

	private static void print(PrintWriter out, String kind, int rows, Result ingest) {
		out.printf(Locale.ROOT, "%-19s %,9d rows  ingestJob %7.2f s = %,9.0f rows/s  peak heap in use %,5d MB of %,d%n",
				kind, rows, ingest.seconds(), rows / ingest.seconds(), ingest.peakHeap() >> 20, HeapPeak.maxBytes() >> 20);
	}

	private record Result(double seconds, long peakHeap) {

		static final Result NONE = new Result(Double.NaN, 0);
	}

}
