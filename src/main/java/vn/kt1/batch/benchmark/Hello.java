package vn.kt1.batch.benchmark;

/** The bare JVM that {@code kt1 benchmark-start} compares the start of commands with. */
public final class Hello {

	private Hello() {
	}

	public static void main(String[] args) {
		System.out.println("Hello");
	}

}
