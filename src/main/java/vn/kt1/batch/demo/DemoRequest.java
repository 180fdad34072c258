package vn.kt1.batch.demo;

import java.nio.file.Path;
import java.time.YearMonth;

/**
 * What to generate.
 *
 * @param province the 2-digit province code (ignored when {@code national})
 * @param from first month
 * @param to last month (inclusive)
 * @param out the folder that receives {@code throughput/}, {@code usage/}, {@code spending/}
 * @param seed the same seed gives the same files
 * @param errorRate the share of throughput rows made malformed on purpose
 * @param national all 34 provinces at about 10 million items a year
 */
public record DemoRequest(String province, YearMonth from, YearMonth to, Path out, long seed, double errorRate,
		boolean national) {

}
