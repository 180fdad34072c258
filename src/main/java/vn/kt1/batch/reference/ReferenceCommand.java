package vn.kt1.batch.reference;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.cli.CliException;
import vn.kt1.batch.shared.input.InputError;

/** {@code kt1 reference import}: loads agencies, post offices and tariff. */
@Component
@Command(name = "reference", description = "Reference lists: agencies (Appendix II), post offices, tariff.",
		subcommands = ReferenceCommand.Import.class, mixinStandardHelpOptions = true)
class ReferenceCommand implements CliCommand, Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		throw CliException.missingCommand(this.spec.commandLine());
	}

	@Command(name = "import", mixinStandardHelpOptions = true,
			description = "Import reference lists (CSV or XLSX). All or nothing: any error changes nothing.")
	static class Import implements Callable<Integer> {

		private static final int LISTED = 200;

		private final ReferenceImportService service;

		@Spec
		private CommandSpec spec;

		@Option(names = "--agencies", paramLabel = "FILE", description = "Agency list (Appendix II)")
		private Path agencies;

		@Option(names = "--post-offices", paramLabel = "FILE", description = "Post office list")
		private Path postOffices;

		@Option(names = "--tariff", paramLabel = "FILE", description = "Tariff (price components with validity)")
		private Path tariff;

		@Option(names = "--sample", paramLabel = "DIR",
				description = "A directory with agencies.csv, post-offices.csv and tariff.csv")
		private Path sample;

		Import(ReferenceImportService service) {
			this.service = service;
		}

		@Override
		public Integer call() {
			ReferenceImport request = (this.sample != null) ? ReferenceImport.sample(this.sample)
					: new ReferenceImport(this.agencies, this.postOffices, this.tariff);
			if (request.agencies() == null && request.postOffices() == null && request.tariff() == null) {
				throw new CliException("name at least one of --agencies, --post-offices, --tariff or --sample", 2);
			}
			PrintWriter out = this.spec.commandLine().getOut();
			try {
				ReferenceImportResult result = this.service.importFiles(request);
				out.printf("Imported %d agencies, %d post offices, %d tariff prices%n", result.agencies(),
						result.postOffices(), result.tariffPrices());
				result.notes().forEach((note) -> out.println("note: " + note));
				return 0;
			}
			catch (ReferenceImportException ex) {
				// every error, for the person who corrects the files; the kt1: line names the first
				ex.errors().stream().limit(LISTED).map(InputError::toString).forEach(out::println);
				if (ex.errors().size() > LISTED) {
					out.printf("... and %d more%n", ex.errors().size() - LISTED);
				}
				throw ex;
			}
		}

	}

}
