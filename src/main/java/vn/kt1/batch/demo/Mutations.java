package vn.kt1.batch.demo;

import java.util.SplittableRandom;

/** Makes a throughput row malformed on purpose, the way files go wrong in practice. */
final class Mutations {

	private Mutations() {
	}

	static void spoil(Cell[] row, SplittableRandom random) {
		switch (random.nextInt(6)) {
			case 0 -> {
				String barcode = ((Cell.Text) row[0]).value();
				char check = barcode.charAt(10);
				row[0] = Cell.text(barcode.substring(0, 10) + (char) ('0' + (check - '0' + 1) % 10) + "VN");
			}
			case 1 -> row[1] = Cell.text("31/02/2026 08:00");
			case 2 -> row[8] = Cell.text("-5");
			case 3 -> row[2] = Cell.text("999999");
			case 4 -> row[9] = Cell.text("mười nghìn");
			default -> row[10] = Cell.text("");
		}
	}

}
