package vn.kt1.batch.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import vn.kt1.batch.shared.AdminCodes;

/** The official provinces and communes shipped with the application. */
final class AdminUnits {

	private final List<AdminUnit> units;

	private AdminUnits(List<AdminUnit> units) {
		this.units = units;
	}

	static AdminUnits load() {
		List<AdminUnit> units = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				AdminUnits.class.getResourceAsStream("/reference/vn-admin-units-2025.csv"), StandardCharsets.UTF_8))) {
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] f = line.split(",", -1);
				units.add(new AdminUnit(AdminCodes.province(f[0]), f[1], AdminCodes.commune(f[3]), f[4], f[5]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new AdminUnits(units);
	}

	List<String> provinceCodes() {
		return List.copyOf(new TreeSet<>(this.units.stream().map(AdminUnit::provinceCode).toList()));
	}

	/** @return the province's communes in code order */
	List<AdminUnit> communes(String province) {
		List<AdminUnit> communes = this.units.stream().filter((u) -> u.provinceCode().equals(province)).toList();
		if (communes.isEmpty()) {
			throw new IllegalArgumentException("unknown province code " + province);
		}
		return communes;
	}

}
