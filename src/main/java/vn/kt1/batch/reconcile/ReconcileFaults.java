package vn.kt1.batch.reconcile;

import java.util.function.Consumer;

import org.springframework.stereotype.Component;

/**
 * A place where a reconciliation can be made to fail after a step has written its rows and
 * before they commit, as a crash would: the functional tests use it to prove restarts.
 * Unless a fault is set, it does nothing.
 */
@Component
public class ReconcileFaults {

	private volatile Consumer<String> fault = (step) -> {
	};

	void afterWriting(String step) {
		this.fault.accept(step);
	}

	/** @param fault receives the step's name; throws to make it fail */
	public void set(Consumer<String> fault) {
		this.fault = fault;
	}

	/** Remove any fault. */
	public void clear() {
		set((step) -> {
		});
	}

}
