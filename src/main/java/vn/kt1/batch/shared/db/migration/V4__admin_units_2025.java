package vn.kt1.batch.shared.db.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import vn.kt1.batch.shared.AdminCodes;

/**
 * Loads the official list of provinces and commune-level units (2025) shipped with the
 * application as {@code reference/vn-admin-units-2025.csv}. Codes are stored in their
 * official padded form: two digits for a province, five for a commune.
 */
public class V4__admin_units_2025 extends BaseJavaMigration {

	static final String RESOURCE = "/reference/vn-admin-units-2025.csv";

	@Override
	public void migrate(Context context) throws IOException, SQLException {
		Connection connection = context.getConnection();
		Map<String, String[]> provinces = new LinkedHashMap<>();
		try (BufferedReader reader = open();
				PreparedStatement communes = connection
					.prepareStatement("INSERT INTO commune (code, province_code, name, type) VALUES (?, ?, ?, ?)")) {
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] f = line.split(",", -1);
				String province = AdminCodes.province(f[0]);
				provinces.putIfAbsent(province, new String[] { f[1], f[2] });
				communes.setString(1, AdminCodes.commune(f[3]));
				communes.setString(2, province);
				communes.setString(3, f[4]);
				communes.setString(4, f[5]);
				communes.addBatch();
			}
			insertProvinces(connection, provinces);
			communes.executeBatch();
		}
	}

	private static BufferedReader open() {
		return new BufferedReader(new InputStreamReader(
				V4__admin_units_2025.class.getResourceAsStream(RESOURCE), StandardCharsets.UTF_8));
	}

	private static void insertProvinces(Connection connection, Map<String, String[]> provinces) throws SQLException {
		try (PreparedStatement insert = connection
			.prepareStatement("INSERT INTO province (code, name, type) VALUES (?, ?, ?)")) {
			for (Map.Entry<String, String[]> province : provinces.entrySet()) {
				insert.setString(1, province.getKey());
				insert.setString(2, province.getValue()[0]);
				insert.setString(3, province.getValue()[1]);
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

}
