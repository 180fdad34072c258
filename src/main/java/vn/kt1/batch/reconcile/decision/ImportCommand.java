package vn.kt1.batch.reconcile.decision;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.cli.CliException;

/** {@code kt1 import decisions FILE.xlsx [--month M]}: the decisions workbook, all or nothing. */
@Component
@Command(name = "import", mixinStandardHelpOptions = true,
		description = { "Import a month's decisions workbook (written by kt1 export exceptions, then filled in): "
				+ "import decisions FILE.xlsx",
				"All or nothing: any error stores nothing; every error is listed by sheet row and column." })
class ImportCommand implements CliCommand, Callable<Integer> {

	/** Errors listed before the rest are only counted. */
	static final int LISTED = 50;

	private final DecisionImport decisions;

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "WHAT", description = "decisions")
	private String what;

	@Parameters(index = "1", paramLabel = "FILE", description = "The decisions workbook (.xlsx)")
	private Path file;

	@Option(names = "--month", description = "Refuse the workbook unless it is of this month (YYYY-MM)")
	private YearMonth month;

	ImportCommand(DecisionImport decisions) {
		this.decisions = decisions;
	}

	@Override
	public Integer call() {
		if (!"decisions".equals(this.what)) {
			throw new CliException("unknown import '" + this.what + "'; imports: decisions", 2);
		}
		try {
			String result = this.decisions.importFile(this.file, this.month);
			this.spec.commandLine().getOut().println(this.file.getFileName() + ": " + result);
			return 0;
		}
		catch (DecisionImportException ex) {
			PrintWriter err = this.spec.commandLine().getErr();
			ex.errors().stream().limit(LISTED).forEach(err::println);
			if (ex.errors().size() > LISTED) {
				err.println("… và " + (ex.errors().size() - LISTED) + " lỗi khác");
			}
			throw ex;
		}
	}

}
