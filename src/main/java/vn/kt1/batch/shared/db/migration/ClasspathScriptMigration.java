package vn.kt1.batch.shared.db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Runs a DDL script that a library ships in its jar, so that Flyway, not the library,
 * creates the library's tables, and the script is exactly the one of the library version
 * in use.
 */
abstract class ClasspathScriptMigration extends BaseJavaMigration {

	private final String script;

	ClasspathScriptMigration(String script) {
		this.script = script;
	}

	@Override
	public void migrate(Context context) {
		ResourceDatabasePopulator populator = new ResourceDatabasePopulator(new ClassPathResource(this.script));
		populator.setCommentPrefixes("--", "#");
		populator.execute(new SingleConnectionDataSource(context.getConnection(), true));
	}

}
