package vn.kt1.batch.shared.cli;

/**
 * A top-level subcommand of {@code kt1}. Implementations are Spring beans annotated with
 * picocli's {@code @Command}; they are registered under the root command by name.
 */
public interface CliCommand {

}
