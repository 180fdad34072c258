package vn.kt1.batch.ingest.benchmark;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.kt1.batch.ingest.IngestProperties;
import vn.kt1.batch.reference.ReferenceImport;
import vn.kt1.batch.reference.ReferenceImportService;
import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.cli.CliException;

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

	private static final String REFERENCE_LOAD = "LOAD DATA LOCAL INFILE '%s' INTO TABLE bench_load "
			+ "CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' IGNORE 1 LINES (barcode, accepted_at, post_office_code, "
			+ "sender_code, receiver_code, urgency, secrecy, item_type, weight_g, fee_vnd, status, @due, @delivered) "
			+ "SET file_id = 1, line = (@n := @n + 1), status_rank = 1, due_at = NULLIF(@due, ''), "
			+ "delivered_at = NULLIF(@delivered, ''), sender_eligible = 1";

	private final JdbcTemplate jdbc;

	private final JobOperator jobOperator;

	private final Job ingestJob;

	private final IngestProperties properties;

	private final ReferenceImportService reference;

	@Spec
	private CommandSpec spec;

	@Option(names = "--rows", defaultValue = "1000000", description = "CSV rows (default ${DEFAULT-VALUE})")
	private int rows;

	@Option(names = "--xlsx-rows", defaultValue = "200000", description = "XLSX rows (default ${DEFAULT-VALUE})")
	private int xlsxRows;

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
		out.printf("Machine: %d cores, JVM max heap %d MB, Java %s%n", Runtime.getRuntime().availableProcessors(),
				HeapPeak.maxBytes() >> 20, System.getProperty("java.version"));
		Path csv = dir.resolve("benchmark-throughput.csv");
		files.writeCsv(csv, this.rows, 10_000_000);
		Path xlsx = dir.resolve("benchmark-throughput.xlsx");
		files.writeXlsx(xlsx, this.xlsxRows, 50_000_000);
		List<Double> reference = new java.util.ArrayList<>();
		List<Result> csvRuns = new java.util.ArrayList<>();
		List<Result> xlsxRuns = new java.util.ArrayList<>();
		for (int round = 1; round <= this.rounds; round++) {
			reference.add(loadData(csv));
			csvRuns.add(ingest(csv, this.rows));
			xlsxRuns.add(ingest(xlsx, this.xlsxRows));
			out.printf(Locale.ROOT, "round %d: LOAD DATA %.2f s, ingest CSV %.2f s, ingest XLSX %.2f s%n", round,
					reference.get(round - 1), csvRuns.get(round - 1).seconds(), xlsxRuns.get(round - 1).seconds());
		}
		print(out, "CSV", this.rows, median(csvRuns), reference.stream().sorted().toList().get(this.rounds / 2));
		print(out, "XLSX", this.xlsxRows, median(xlsxRuns), Double.NaN);
		return 0;
	}

	private static Result median(List<Result> runs) {
		return runs.stream().sorted(java.util.Comparator.comparingDouble(Result::seconds)).toList().get(runs.size() / 2);
	}

	private double loadData(Path csv) {
		return this.jdbc.execute((ConnectionCallback<Double>) (connection) -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("DROP TABLE IF EXISTS bench_load");
				statement.execute("CREATE TABLE bench_load LIKE item_event");
				statement.execute("SET @n = 0");
				long start = System.nanoTime();
				statement.execute(String.format(REFERENCE_LOAD, csv.toAbsolutePath().toString().replace("'", "''")));
				double seconds = (System.nanoTime() - start) / 1e9;
				statement.execute("DROP TABLE bench_load");
				return seconds;
			}
		});
	}

	/** Load the file into empty tables (this database holds nothing else: checked at the start). */
	private Result ingest(Path file, int rows) throws Exception {
		this.jdbc.update("DELETE FROM input_reject");
		this.jdbc.update("TRUNCATE TABLE item_event");
		this.jdbc.update("UPDATE input_file SET duplicate_of = NULL");
		this.jdbc.update("DELETE FROM input_file");
		Path inbox = Files.createDirectories(this.properties.inbox().resolve("throughput"));
		Files.copy(file, inbox.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
		HeapPeak.reset();
		long start = System.nanoTime();
		JobExecution execution = this.jobOperator.start(this.ingestJob, new JobParametersBuilder()
			.addLocalDate("businessDate", LocalDate.now())
			.addLong("benchmarkRun", System.nanoTime())
			.toJobParameters());
		double seconds = (System.nanoTime() - start) / 1e9;
		long loaded = this.jdbc.queryForObject("SELECT COUNT(*) FROM item_event", Long.class);
		if (execution.getStatus() != BatchStatus.COMPLETED || loaded != rows) {
			throw new CliException("ingestJob ended " + execution.getStatus() + " with " + loaded + " of " + rows
					+ " rows loaded: " + execution.getExitStatus().getExitDescription());
		}
		return new Result(seconds, HeapPeak.peakBytes());
	}

	private static void print(PrintWriter out, String kind, int rows, Result ingest, double referenceSeconds) {
		out.printf(Locale.ROOT, "%-5s %,9d rows  ingestJob %7.2f s = %,9.0f rows/s  peak heap %,5d MB", kind, rows,
				ingest.seconds(), rows / ingest.seconds(), ingest.peakHeap() >> 20);
		if (!Double.isNaN(referenceSeconds)) {
			out.printf(Locale.ROOT, "  |  LOAD DATA %7.2f s = %,9.0f rows/s  |  ratio %.2f", referenceSeconds,
					rows / referenceSeconds, referenceSeconds / ingest.seconds());
		}
		out.println();
	}

	private record Result(double seconds, long peakHeap) {
	}

}
