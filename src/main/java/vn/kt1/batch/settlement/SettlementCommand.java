package vn.kt1.batch.settlement;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

import vn.kt1.batch.budget.Allocation;
import vn.kt1.batch.budget.Budgets;
import vn.kt1.batch.shared.Vnd;
import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.cli.CliException;

/**
 * {@code kt1 settlement YEAR --agency CODE|--all --out DIR}: the year's settlement statement
 * (quyết toán) of one agency, or one workbook for all.
 */
@Component
@Command(name = "settlement", mixinStandardHelpOptions = true,
		description = { "Write the settlement statement (quyết toán) of a year: budget, the post office's items and "
				+ "fees by month, payments by voucher, what is left and why.",
				"--agency CODE writes quyet-toan-KT1-YEAR-CODE.xlsx; --all writes quyet-toan-KT1-YEAR.xlsx." })
class SettlementCommand implements CliCommand, Callable<Integer> {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final SettlementReader reader;

	private final Budgets budgets;

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "YEAR", description = "The budget year")
	private int year;

	@ArgGroup(exclusive = true, multiplicity = "1")
	private Which which;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write to")
	private Path out;

	static class Which {

		@Option(names = "--agency", paramLabel = "CODE", description = "One agency")
		String agency;

		@Option(names = "--all", description = "Every agency, in one workbook")
		boolean all;

	}

	SettlementCommand(SettlementReader reader, Budgets budgets) {
		this.reader = reader;
		this.budgets = budgets;
	}

	@Override
	public Integer call() throws Exception {
		String agency = this.which.agency;
		List<AgencySettlement> agencies = this.reader.read(this.year, agency);
		if (agency != null && agencies.isEmpty()) {
			throw new CliException("agency " + agency + " is not on the agency list and has no fees, payments or "
					+ "budget in " + this.year);
		}
		List<Allocation> decisions = this.budgets.allocations(this.year)
			.stream()
			.filter((a) -> agency == null || a.agency().equals(agency))
			.toList();
		Files.createDirectories(this.out);
		Path file = this.out.resolve("quyet-toan-KT1-" + this.year + ((agency != null) ? "-" + agency : "") + ".xlsx");
		String scope = (agency != null) ? "Đơn vị " + agency + ((agencies.get(0).name() != null)
				? " – " + agencies.get(0).name() : "") : "Tất cả đơn vị (" + agencies.size() + ")";
		SettlementWorkbook.write(this.year, scope, agencies, decisions, LocalDate.now(VIETNAM), file);
		PrintWriter console = this.spec.commandLine().getOut();
		console.println(file.toAbsolutePath());
		console.printf("%d agencies: fees %s, paid %s, unpaid %s%n", agencies.size(),
				Vnd.format(agencies.stream().mapToLong(AgencySettlement::fees).sum()),
				Vnd.format(agencies.stream().mapToLong(AgencySettlement::paid).sum()),
				Vnd.format(agencies.stream().mapToLong((a) -> a.fees() - a.paid()).sum()));
		return 0;
	}

}
