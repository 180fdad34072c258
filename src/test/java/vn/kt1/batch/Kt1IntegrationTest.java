package vn.kt1.batch;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * An integration test on a real MariaDB: the embedded one, or the server named by the
 * {@code spring.datasource.url} system property (Maven profile {@code external-db}).
 * Only the packaged {@code application.yml} is read, never {@code ./config/}, and the
 * command line does not run on start-up. Every integration test must use exactly this
 * annotation and nothing that changes the context (no {@code @MockitoBean}): one context,
 * so one embedded server on its data directory. The context runs the web console on a free
 * port of 127.0.0.1 ({@code @LocalServerPort}), as {@code kt1 serve} does.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "spring.config.location=classpath:/", "kt1.cli.enabled=false",
		"kt1.data-dir=target/it-data" })
public @interface Kt1IntegrationTest {

}
