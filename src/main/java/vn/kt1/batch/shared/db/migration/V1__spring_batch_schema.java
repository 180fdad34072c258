package vn.kt1.batch.shared.db.migration;

/** Spring Batch's job repository tables and sequences for MariaDB. */
public class V1__spring_batch_schema extends ClasspathScriptMigration {

	public V1__spring_batch_schema() {
		super("org/springframework/batch/core/schema-mariadb.sql");
	}

}
