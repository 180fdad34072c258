package vn.kt1.batch.shared.db.migration;

/** Quartz's JDBC job store tables (InnoDB). */
public class V2__quartz_schema extends ClasspathScriptMigration {

	public V2__quartz_schema() {
		super("org/quartz/impl/jdbcjobstore/tables_mysql_innodb.sql");
	}

}
