package vn.kt1.batch.budget;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

import vn.kt1.batch.ingest.InputKind;
import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.cli.CliException;
import vn.kt1.batch.shared.input.InputError;

/**
 * {@code kt1 budget YEAR}: each agency's proposal and allocated budget for the year;
 * {@code kt1 budget import proposals|allocations FILE} loads a file as the inbox does.
 */
@Component
@Command(name = "budget", mixinStandardHelpOptions = true, subcommands = BudgetCommand.Import.class,
		description = { "Agencies' budget proposals (đề xuất dự toán) and allocated budgets (dự toán được giao) of a "
				+ "year, or import a file of them (kt1 budget import proposals|allocations FILE)." })
class BudgetCommand implements CliCommand, Callable<Integer> {

	private final Budgets budgets;

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", arity = "0..1", paramLabel = "YEAR", description = "The budget year")
	private Integer year;

	BudgetCommand(Budgets budgets) {
		this.budgets = budgets;
	}

	@Override
	public Integer call() {
		if (this.year == null) {
			throw new CliException("which year? kt1 budget YYYY (or kt1 budget import proposals|allocations FILE)", 2);
		}
		Map<String, Proposal> proposals = this.budgets.proposals(this.year);
		Map<String, Long> allocated = this.budgets.allocated(this.year);
		PrintWriter out = this.spec.commandLine().getOut();
		TreeSet<String> agencies = new TreeSet<>(proposals.keySet());
		agencies.addAll(allocated.keySet());
		out.printf("%d agencies: %d proposals, %d with an allocated budget%n", agencies.size(), proposals.size(),
				allocated.size());
		out.printf("%-8s %15s %15s%n", "AGENCY", "PROPOSED", "ALLOCATED");
		for (String agency : agencies) {
			Proposal proposal = proposals.get(agency);
			Long allocation = allocated.get(agency);
			out.printf("%-8s %15s %15s%n", agency, (proposal != null) ? proposal.amountVnd() : "-",
					(allocation != null) ? allocation : "-");
		}
		return 0;
	}

	@Command(name = "import", mixinStandardHelpOptions = true,
			description = { "Import a proposals or allocations file (CSV, XLS or XLSX). All or nothing: any error changes "
					+ "nothing; a row whose key is stored already replaces that figure." })
	static class Import implements Callable<Integer> {

		private final BudgetImportService service;

		@Spec
		private CommandSpec spec;

		@Parameters(index = "0", paramLabel = "KIND", description = "proposals or allocations")
		private String kind;

		@Parameters(index = "1", paramLabel = "FILE", description = "The file")
		private Path file;

		Import(BudgetImportService service) {
			this.service = service;
		}

		@Override
		public Integer call() {
			InputKind inputKind = switch (this.kind) {
				case "proposals" -> InputKind.PROPOSALS;
				case "allocations" -> InputKind.ALLOCATIONS;
				default -> throw new CliException("KIND is proposals or allocations, not '" + this.kind + "'", 2);
			};
			try {
				BudgetImportResult result = this.service.importFile(inputKind, this.file);
				this.spec.commandLine()
					.getOut()
					.printf("%s: %d row(s) added, %d replaced%n", this.file.getFileName(), result.added(),
							result.replaced());
				return 0;
			}
			catch (BudgetImportException ex) {
				PrintWriter err = this.spec.commandLine().getErr();
				ex.errors().stream().limit(200).map(InputError::toString).forEach(err::println);
				throw new CliException(this.file.getFileName() + " refused, nothing stored: " + ex.errors().size()
						+ " error(s)");
			}
		}

	}

}
