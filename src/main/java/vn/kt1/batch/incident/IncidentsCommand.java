package vn.kt1.batch.incident;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.input.InputError;

/** {@code kt1 incidents}: lists the register; {@code kt1 incidents import FILE} adds to it. */
@Component
@Command(name = "incidents", mixinStandardHelpOptions = true, subcommands = IncidentsCommand.Import.class,
		description = "The incidents register (sổ sự cố): list it, or import an incidents file (kt1 incidents import "
				+ "FILE).")
class IncidentsCommand implements CliCommand, Callable<Integer> {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Incidents incidents;

	@Spec
	private CommandSpec spec;

	@Option(names = "--from", paramLabel = "DATE", description = "First day listed (default 2000-01-01)")
	private LocalDate from;

	@Option(names = "--to", paramLabel = "DATE", description = "Last day listed (default today)")
	private LocalDate to;

	IncidentsCommand(Incidents incidents) {
		this.incidents = incidents;
	}

	@Override
	public Integer call() {
		List<Incident> list = this.incidents.between((this.from != null) ? this.from : LocalDate.of(2000, 1, 1),
				(this.to != null) ? this.to : LocalDate.now().plusDays(1));
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf("%d incident(s)%n", list.size());
		for (Incident incident : list) {
			out.printf("#%d %s %s %s %s %s: %s | xử lý: %s | báo cáo: %s%n", incident.id(),
					TIME.format(incident.occurredAt()), incident.postOfficeCode(),
					incident.barcode().isEmpty() ? "-" : incident.barcode(),
					incident.secrecy().isEmpty() ? "-" : incident.secrecy(), incident.kind().label(),
					incident.description(), orDash(incident.handling()), orDash(incident.reportedTo()));
		}
		return 0;
	}

	private static String orDash(String text) {
		return (text != null) ? text : "-";
	}

	@Command(name = "import", mixinStandardHelpOptions = true,
			description = "Import an incidents file (CSV or XLSX). All or nothing: any error changes nothing; an "
					+ "incident already stored (same time, post office, kind and item) is updated.")
	static class Import implements Callable<Integer> {

		private final IncidentImportService service;

		@Spec
		private CommandSpec spec;

		@Parameters(index = "0", paramLabel = "FILE", description = "The incidents file")
		private Path file;

		Import(IncidentImportService service) {
			this.service = service;
		}

		@Override
		public Integer call() {
			try {
				IncidentImportResult result = this.service.importFile(this.file);
				this.spec.commandLine()
					.getOut()
					.printf("%s: %d incident(s) added, %d updated%n", this.file.getFileName(), result.added(),
							result.updated());
				return 0;
			}
			catch (IncidentImportException ex) {
				PrintWriter err = this.spec.commandLine().getErr();
				ex.errors().stream().limit(200).map(InputError::toString).forEach(err::println);
				throw ex;
			}
		}

	}

}
