package vn.kt1.batch;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import vn.kt1.batch.shared.cli.CliException;

/** The root of the command line: {@code kt1 <command> ...}. */
@Command(name = "kt1", mixinStandardHelpOptions = true, version = "kt1-batch 0.1.0",
		description = "Batch jobs of the KT1 postal service: reference data, ingest, reconciliation, "
				+ "budget estimates and year-end reports.",
		commandListHeading = "%nCommands:%n", synopsisSubcommandLabel = "COMMAND")
class Kt1Command implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		throw CliException.missingCommand(this.spec.commandLine());
	}

}
