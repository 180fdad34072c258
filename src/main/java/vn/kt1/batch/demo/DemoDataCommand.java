package vn.kt1.batch.demo;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.cli.CliException;

/** {@code kt1 demo-data}: writes realistic input files, and optionally a sample province's reference lists. */
@Component
@Command(name = "demo-data", mixinStandardHelpOptions = true,
		description = "Write realistic input files (throughput, usage, spending) for a province or the country.")
class DemoDataCommand implements CliCommand, Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--province", defaultValue = "82", description = "2-digit province code (default ${DEFAULT-VALUE})")
	private String province;

	@Option(names = "--from", defaultValue = "2023-01", description = "First month, yyyy-MM (default ${DEFAULT-VALUE})")
	private YearMonth from;

	@Option(names = "--to", defaultValue = "2026-11", description = "Last month, yyyy-MM (default ${DEFAULT-VALUE})")
	private YearMonth to;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the files")
	private Path out;

	@Option(names = "--seed", defaultValue = "82", description = "Same seed, same files (default ${DEFAULT-VALUE})")
	private long seed;

	@Option(names = "--error-rate", defaultValue = "0.01",
			description = "Share of throughput rows made malformed on purpose (default ${DEFAULT-VALUE})")
	private double errorRate;

	@Option(names = "--national", description = "All 34 provinces, about 10 million items a year")
	private boolean national;

	@Option(names = "--reference-out", paramLabel = "DIR",
			description = "Also write the sample reference lists (agencies, post offices, tariff) of the province, "
					+ "or of every province with --national")
	private Path referenceOut;

	@Override
	public Integer call() throws Exception {
		if (this.from.isAfter(this.to)) {
			throw new CliException("--from " + this.from + " is after --to " + this.to, 2);
		}
		if (this.errorRate < 0 || this.errorRate > 1) {
			throw new CliException("--error-rate must be between 0 and 1", 2);
		}
		if (this.referenceOut != null) {
			SampleReferenceWriter.write(this.national ? SampleProvince.all() : List.of(SampleProvince.of(this.province)),
					this.referenceOut);
		}
		long started = System.nanoTime();
		DemoSummary summary = new DemoDataGenerator().generate(new DemoRequest(this.province, this.from, this.to,
				this.out, this.seed, this.errorRate, this.national));
		this.spec.commandLine().getOut().printf(
				"%,d files: %,d items in %,d throughput rows (%,d malformed on purpose), %,d usage rows, "
						+ "%,d vouchers, in %s (%.1f s)%n",
				summary.files(), summary.items(), summary.throughputRows(), summary.malformedRows(),
				summary.usageRows(), summary.vouchers(), this.out, (System.nanoTime() - started) / 1e9);
		return 0;
	}

}
