package vn.kt1.batch.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import vn.kt1.batch.ingest.InputTemplates;

/**
 * Writes one province's input files over a range of months: a throughput file per day, a
 * usage report file per month (and corrections the month after), a voucher file per month.
 */
final class ProvinceFiles {

	private static final DateTimeFormatter VN_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final SampleProvince province;

	private final ProvinceSimulation simulation;

	private final Path out;

	private final long seed;

	private final double errorRate;

	private final UsageLedger ledger = new UsageLedger();

	private final Map<String, String> agencyNames = new HashMap<>();

	private final Map<YearMonth, List<Cell[]>> vouchers = new TreeMap<>();

	private final List<Cell[]> corrections = new ArrayList<>();

	private long files, items, rows, malformed, usageRows, voucherCount;

	ProvinceFiles(SampleProvince province, ProvinceSimulation simulation, Path out, long seed, double errorRate) {
		this.province = province;
		this.simulation = simulation;
		this.out = out;
		this.seed = seed;
		this.errorRate = errorRate;
		province.agencies().forEach((a) -> this.agencyNames.put(a.code(), a.name()));
	}

	DemoSummary write(YearMonth from, YearMonth to) throws IOException {
		for (LocalDate day = from.atDay(1); !day.isAfter(to.atEndOfMonth()); day = day.plusDays(1)) {
			throughput(day);
			if (day.getDayOfMonth() == 5 && YearMonth.from(day).isAfter(from)) {
				usage(YearMonth.from(day).minusMonths(1));
			}
			if (day.equals(day.withDayOfMonth(day.lengthOfMonth()))) {
				spending(YearMonth.from(day));
			}
		}
		return new DemoSummary(this.files, this.items, this.rows, this.malformed, this.usageRows, this.voucherCount);
	}

	private void throughput(LocalDate day) throws IOException {
		List<ThroughputRow> dayRows = this.simulation.day(day);
		SplittableRandom random = new SplittableRandom(this.seed ^ day.toEpochDay() * 7919);
		FileStyle style = FileStyle.forFile((int) day.toEpochDay());
		List<Cell[]> cells = new ArrayList<>(dayRows.size());
		for (ThroughputRow row : dayRows) {
			if ("CHAP_NHAN".equals(row.status())) {
				this.items++;
				if (this.agencyNames.containsKey(row.sender())) {
					this.ledger.add(row);
				}
			}
			Cell[] values = ThroughputCells.of(row, style);
			if (random.nextDouble() < this.errorRate) {
				Mutations.spoil(values, random);
				this.malformed++;
			}
			cells.add(values);
		}
		String pp = this.province.code();
		List<String> titles = List.of("BÁO CÁO SẢN LƯỢNG BƯU GỬI KT1 - " + this.province.name().toUpperCase(),
				"Ngày " + VN_DAY.format(day), "Đơn vị báo cáo: Bưu điện " + this.province.name());
		sent(TableFileWriter.write(this.out.resolve("throughput").resolve(pp).resolve("sanluong_" + pp + "_" + day),
				style, titles, InputTemplates.THROUGHPUT, cells), day.plusDays(1).atTime(0, 30));
		this.files++;
		this.rows += cells.size();
	}

	private void usage(YearMonth month) throws IOException {
		SplittableRandom random = new SplittableRandom(this.seed ^ month.hashCode() * 104_729L);
		Map<String, long[]> sums = this.ledger.take(month);
		List<Cell[]> report = new ArrayList<>();
		Map<String, Long> fees = new TreeMap<>();
		for (Map.Entry<String, long[]> entry : sums.entrySet()) {
			String agency = entry.getKey().substring(0, 7);
			String urgency = entry.getKey().substring(8);
			fees.merge(agency, entry.getValue()[1], Long::sum);
			AgencyTraits traits = this.simulation.traits(agency);
			if (skipsReport(agency, month)) {
				continue;
			}
			long count = entry.getValue()[0];
			long amount = entry.getValue()[1];
			if (traits != null && traits.underReports()) {
				report.add(usageRow(agency, month, urgency, count * 8 / 10, amount * 8 / 10));
				if (correcting(agency, month)) {
					this.corrections.add(usageRow(agency, month, urgency, count, amount));
				}
			}
			else {
				report.add(usageRow(agency, month, urgency, count, amount));
			}
		}
		writeUsage("baocao_" + this.province.code() + "_" + month, month, report, month.plusMonths(1).atDay(5));
		if (!this.corrections.isEmpty()) {
			writeUsage("baocao_" + this.province.code() + "_" + month + "_bosung", month, List.copyOf(this.corrections),
					month.plusMonths(2).atDay(5));
			this.corrections.clear();
		}
		planPayments(month, fees, random);
	}

	/** About one agency in twelve sends no report for a month. */
	private boolean skipsReport(String agency, YearMonth month) {
		return new SplittableRandom(this.seed * 31 ^ (agency + month).hashCode()).nextDouble() < 0.08;
	}

	/** An under-reporting agency sends its whole corrected report for about one month in three. */
	private boolean correcting(String agency, YearMonth month) {
		return new SplittableRandom(this.seed ^ (agency + month).hashCode()).nextDouble() < 0.3;
	}

	private static Cell[] usageRow(String agency, YearMonth month, String urgency, long count, long amount) {
		return new Cell[] { new Cell.Code(agency), new Cell.Period(month), Cell.text(urgency), new Cell.Number(count),
				new Cell.Money(amount) };
	}

	private void writeUsage(String name, YearMonth month, List<Cell[]> report, LocalDate sent) throws IOException {
		FileStyle style = FileStyle.forFile(month.getMonthValue() + 1);
		sent(TableFileWriter.write(this.out.resolve("usage").resolve(this.province.code()).resolve(name), style,
				List.of("BÁO CÁO SỬ DỤNG DỊCH VỤ BƯU CHÍNH KT1", "Kỳ báo cáo: tháng " + month.getMonthValue() + "/"
						+ month.getYear()),
				InputTemplates.USAGE,
				report), sent.atTime(8, 0));
		this.files++;
		this.usageRows += report.size();
	}

	private void planPayments(YearMonth month, Map<String, Long> fees, SplittableRandom random) {
		int sequence = 0;
		for (Map.Entry<String, Long> fee : fees.entrySet()) {
			AgencyTraits traits = this.simulation.traits(fee.getKey());
			double fate = random.nextDouble();
			double unpaid = (traits != null && traits.sloppyPayer()) ? 0.3 : 0.03;
			if (fate < unpaid) {
				continue;
			}
			long amount = (fate < unpaid + 0.03) ? fee.getValue() * 7 / 10 : fee.getValue();
			YearMonth paid = month.plusMonths(1 + (random.nextDouble() < 0.2 ? 1 : 0));
			LocalDate date = paid.atDay(5 + random.nextInt(20));
			String number = "UNC" + month.toString().replace("-", "") + "-" + String.format("%04d", ++sequence);
			addVoucher(paid, number, date, fee.getKey(), month, amount, "Thanh toán cước KT1 tháng "
					+ month.getMonthValue() + "/" + month.getYear());
			if (random.nextDouble() < 0.005) {
				addVoucher(paid, number + "-HT", date.plusDays(2), fee.getKey(), month, -amount / 10,
						"Hoàn trả cước KT1 nộp thừa");
			}
		}
	}

	private void addVoucher(YearMonth paid, String number, LocalDate date, String agency, YearMonth period,
			long amount, String content) {
		this.vouchers.computeIfAbsent(paid, (m) -> new ArrayList<>())
			.add(new Cell[] { Cell.text(number), new Cell.Day(date.atStartOfDay()), new Cell.Code(agency),
					new Cell.Period(period), new Cell.Code("6603"), new Cell.Money(amount), Cell.text(content) });
	}

	private void spending(YearMonth month) throws IOException {
		List<Cell[]> paid = this.vouchers.remove(month);
		if (paid == null || paid.isEmpty()) {
			return;
		}
		FileStyle style = FileStyle.forFile(month.getMonthValue() + 3);
		sent(TableFileWriter.write(
				this.out.resolve("spending").resolve(this.province.code())
					.resolve("chungtu_" + this.province.code() + "_" + month),
				style, List.of("BẢNG KÊ CHỨNG TỪ CHI TRẢ CƯỚC DỊCH VỤ KT1", "Tháng " + month.getMonthValue() + "/"
						+ month.getYear()),
				InputTemplates.SPENDING, paid), month.atEndOfMonth().atTime(17, 0));
		this.files++;
		this.voucherCount += paid.size();
	}

	/**
	 * Date the file as the sender would have written it, so that ingest takes it at once (it has
	 * been quiet longer than the quiet period) and supplements sort after their report; never
	 * later than a few minutes ago.
	 */
	private static void sent(Path file, LocalDateTime when) throws IOException {
		Instant sent = when.atZone(ZoneId.systemDefault()).toInstant();
		Instant latest = Instant.now().minus(Duration.ofMinutes(5));
		Files.setLastModifiedTime(file, FileTime.from(sent.isBefore(latest) ? sent : latest));
	}

}
