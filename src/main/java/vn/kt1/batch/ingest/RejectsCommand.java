package vn.kt1.batch.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

import vn.kt1.batch.shared.cli.CliCommand;
import vn.kt1.batch.shared.cli.CliException;

/** {@code kt1 rejects FILE_ID --out rejects.xlsx}: a file's rejected rows, for correction. */
@Component
@Command(name = "rejects", mixinStandardHelpOptions = true,
		description = "Write a file's rejected rows in its template's columns, with the line and the reason, "
				+ "so the sender can correct them and send the file again.")
class RejectsCommand implements CliCommand, Callable<Integer> {

	private final FileRegistry registry;

	private final RejectStore rejects;

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE_ID", description = "The file's registry id")
	private long fileId;

	@Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "The workbook to write")
	private Path out;

	RejectsCommand(FileRegistry registry, RejectStore rejects) {
		this.registry = registry;
		this.rejects = rejects;
	}

	@Override
	public Integer call() throws Exception {
		InputFile file = this.registry.find(this.fileId)
			.orElseThrow(() -> new CliException("no input file with id " + this.fileId));
		List<RejectedRow> rows = this.rejects.find(file.id(), file.path().getFileName().toString());
		RejectsWorkbook.write(file.kind().template(), rows, this.out);
		this.spec.commandLine()
			.getOut()
			.printf("%d rejected row(s) of file #%d (%s) written to %s%n", rows.size(), file.id(),
					file.path().getFileName(), this.out);
		return 0;
	}

}
