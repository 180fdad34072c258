package vn.kt1.batch.estimate;

import java.util.function.Consumer;

import org.springframework.stereotype.Component;

/**
 * A place where an estimate can be made to fail part-way, as a crash would: the functional
 * tests use it to prove restarts. Unless a fault is set, it does nothing.
 */
@Component
public class EstimateFaults {

	private volatile Consumer<String> fault = (step) -> {
	};

	/** Called by each step after it wrote its rows, before they commit. */
	void after(String step) {
		this.fault.accept(step);
	}

	/** @param fault throws to stop the named step, or does nothing */
	public void set(Consumer<String> fault) {
		this.fault = fault;
	}

	/** Remove any fault. */
	public void clear() {
		set((step) -> {
		});
	}

}
