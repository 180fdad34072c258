package vn.kt1.batch.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataGeneratorTests {

	@TempDir
	Path dir;

	@Test
	void sameSeedSameFiles() throws Exception {
		DemoSummary first = generate(this.dir.resolve("a"), 7);
		DemoSummary second = generate(this.dir.resolve("b"), 7);

		assertThat(second).isEqualTo(first);
		for (Path file : csvFiles(this.dir.resolve("a"))) {
			Path twin = this.dir.resolve("b").resolve(this.dir.resolve("a").relativize(file));
			assertThat(Files.readAllBytes(twin)).as(file.toString()).isEqualTo(Files.readAllBytes(file));
		}
	}

	@Test
	void aFileForEveryDayAndReportsAndVouchersForEachMonth() throws Exception {
		DemoSummary summary = generate(this.dir, 82);

		try (Stream<Path> files = Files.list(this.dir.resolve("throughput/82"))) {
			assertThat(files.count()).isEqualTo(30 + 31 + 30);
		}
		assertThat(this.dir.resolve("usage/82")).isDirectoryContaining("glob:**/baocao_82_2026-09*");
		assertThat(this.dir.resolve("spending/82")).isDirectoryContaining("glob:**/chungtu_82_2026-10*");
		assertThat(summary.items()).isBetween(8_000L, 20_000L);
		assertThat(summary.throughputRows()).isGreaterThan(summary.items() * 2);
		assertThat(summary.malformedRows()).isBetween(1L, summary.throughputRows() / 50);
	}

	@Test
	void rowsUseTheFormVariationsOfTheTemplates() throws Exception {
		generate(this.dir, 82);
		List<Path> csv = csvFiles(this.dir.resolve("throughput"));

		assertThat(csv).anySatisfy((f) -> assertThat(Files.readString(f)).contains(";Hỏa tốc;").startsWith("\uFEFFBÁO CÁO"));
		assertThat(csv).anySatisfy((f) -> assertThat(Files.readString(f)).startsWith("ma_buu_gui,"));
		assertThat(csv).anySatisfy((f) -> assertThat(Files.readString(f)).contains("MA BUU GUI").contains(" đ"));
		assertThat(this.dir.resolve("throughput/82")).isDirectoryContaining("glob:**.xlsx");
	}

	private static DemoSummary generate(Path out, long seed) throws IOException {
		return new DemoDataGenerator()
			.generate(new DemoRequest("82", YearMonth.of(2026, 9), YearMonth.of(2026, 11), out, seed, 0.01, false));
	}

	private static List<Path> csvFiles(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter((f) -> f.toString().endsWith(".csv")).sorted().toList();
		}
	}

}
