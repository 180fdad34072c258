package vn.kt1.batch.shared.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded MariaDB and builds the {@link DataSource} on it when no JDBC URL is
 * configured. With {@code spring.datasource.url} (or {@code KT1_DB_URL}) set, nothing
 * here applies and Spring Boot connects to that server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoJdbcUrlCondition.class)
@EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedMariaDb embeddedMariaDb(EmbeddedMariaDbProperties properties) {
		return EmbeddedMariaDb.start(properties);
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedMariaDb server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("kt1-embedded");
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername(EmbeddedMariaDb.USER);
		dataSource.setPassword(EmbeddedMariaDb.PASSWORD);
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

}
