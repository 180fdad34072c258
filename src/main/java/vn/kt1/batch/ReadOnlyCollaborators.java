package vn.kt1.batch;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.support.JdbcDefaultBatchConfiguration;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the read-only commands are made with when they run without the application: a
 * {@link JdbcTemplate} and Spring Batch's {@link JobRepository} on the running database,
 * built by hand as Spring Boot builds them (Boot's batch configuration is a
 * {@link JdbcDefaultBatchConfiguration} whose table prefix comes from
 * {@code spring.batch.jdbc.*}; nothing else of it is configured here).
 */
final class ReadOnlyCollaborators {

	private final Binder configuration;

	private final DataSource dataSource;

	private final PlatformTransactionManager transactionManager;

	ReadOnlyCollaborators(Binder configuration, DataSource dataSource) {
		this.configuration = configuration;
		this.dataSource = dataSource;
		this.transactionManager = new JdbcTransactionManager(dataSource);
	}

	/** @return the collaborator of this type, made now */
	Object get(Class<?> type) {
		if (type == JdbcTemplate.class) {
			return new JdbcTemplate(this.dataSource);
		}
		if (type == JobRepository.class) {
			return jobRepository();
		}
		throw new IllegalArgumentException("no " + type.getName() + " without the application");
	}

	private JobRepository jobRepository() {
		BatchJdbcProperties batch = this.configuration.bindOrCreate("spring.batch.jdbc", BatchJdbcProperties.class);
		return new JdbcDefaultBatchConfiguration() {

			@Override
			protected DataSource getDataSource() {
				return ReadOnlyCollaborators.this.dataSource;
			}

			@Override
			protected PlatformTransactionManager getTransactionManager() {
				return ReadOnlyCollaborators.this.transactionManager;
			}

			@Override
			protected String getTablePrefix() {
				return (batch.getTablePrefix() != null) ? batch.getTablePrefix() : super.getTablePrefix();
			}

		}.jobRepository();
	}

}
