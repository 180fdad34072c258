package vn.kt1.batch.web.executions;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs the jobs the console starts on threads of their own, so a page answers at once and
 * shows the run as it goes. The threads act for the user who asked (the audit names them).
 * The jobs run in this process: a shutdown stops them at their next boundary like any other.
 */
@Component
public class ConsoleLaunches {

	private static final Logger logger = LoggerFactory.getLogger(ConsoleLaunches.class);

	private final DelegatingSecurityContextExecutor executor;

	private final Set<String> pending = ConcurrentHashMap.newKeySet();

	ConsoleLaunches() {
		SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("kt1-console-");
		threads.setDaemon(true);
		threads.setConcurrencyLimit(4);
		this.executor = new DelegatingSecurityContextExecutor(threads);
	}

	/**
	 * Run a launch in the background; {@code key} (such as {@code instance 7}) is
	 * {@link #isPending pending} until it ends.
	 */
	public void launch(String key, Runnable launch) {
		this.pending.add(key);
		this.executor.execute(() -> {
			try {
				launch.run();
			}
			catch (RuntimeException ex) {
				logger.warn("Console launch {} failed: {}", key, ex.getMessage(), ex);
			}
			finally {
				this.pending.remove(key);
			}
		});
	}

	/** @return whether a launch of this key has not ended yet */
	public boolean isPending(String key) {
		return this.pending.contains(key);
	}

	/** @return the executor, acting for the current user */
	public java.util.concurrent.Executor executor() {
		return this.executor;
	}

}
